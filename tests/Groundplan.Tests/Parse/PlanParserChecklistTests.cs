using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Tests.Parse;

public sealed class PlanParserChecklistTests
{
    [Fact]
    public void Parse_CleanChecklist_ReadsPhasesTasksAndStepsWithLines()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("checklist-clean.md");

        // Then
        Assert.Equal(PlanFormat.Checklist, parsed.Format);
        Assert.True(parsed.FormatDetected);
        Assert.Equal("Archive old posts", parsed.Plan.Title);
        Assert.Equal("archive-old-posts", parsed.Plan.Slug);
        Assert.Equal(["Archived posts keep their comments."], parsed.Plan.Assumptions);
        Assert.Equal([PhaseKind.DataLayer, PhaseKind.Backend, PhaseKind.Frontend, PhaseKind.Testing], parsed.Plan.Phases.Select(p => p.Kind));
        Assert.Equal([7, 13, 19, 24], parsed.Plan.Phases.Select(p => p.SourceLine ?? 0));
        var data = parsed.Plan.Phases[0].Tasks.Single();
        Assert.Equal(("Add the archived flag", 8), (data.Title, data.SourceLine ?? 0));
        Assert.Equal([9, 10, 11], data.Steps.Select(s => s.SourceLine ?? 0));
        Assert.Equal("Run `npx prisma migrate dev --name add_post_archived_at`.", data.Steps[2].Text);
        var assumption = parsed.Plan.Phases[2].Tasks[0].Steps[1];
        Assert.True(assumption.IsAssumption);
        Assert.Equal("The existing `ConfirmDialog` component is reused.", assumption.Text);
        Assert.Equal(["1.1", "2.1", "3.1", "4.1"], parsed.TaskLabels.Select(t => t.Number));
        Assert.Empty(parsed.OutsideLines);
        Assert.False(parsed.WrappedInFence);
    }

    [Fact]
    public void Parse_CleanChecklist_LocatesCodeSpansAsSteps()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("checklist-clean.md");

        // Then
        var schema = parsed.CodeSpans.First();
        Assert.Equal(new PlanCodeSpan("prisma/schema.prisma", 9, 18, CodeSpanRole.Step), schema);
        Assert.All(parsed.CodeSpans, s => Assert.Equal(CodeSpanRole.Step, s.Role));
        Assert.Equal(2, parsed.Markers.Count(m => m.Kind == PlanMarkerKind.Assumption));
        Assert.Equal(new PlanMarker(PlanMarkerKind.Assumption, "ASSUMPTION:", "Archived posts keep their comments.", 5, 1), parsed.Markers[0]);
    }

    [Fact]
    public void Parse_MessyChecklist_ReadsInsideTheFenceAndReportsWhatIsAround()
    {
        // Given an LLM answer: prose, a ```markdown fence, prose after it
        // When
        var parsed = PlanFixtures.Parse("checklist-messy.md");

        // Then
        Assert.True(parsed.WrappedInFence);
        Assert.Equal(PlanFormat.Checklist, parsed.Format);
        Assert.Equal(new PlanTitle("Implementation Plan: Export invoices as CSV", "Export invoices as CSV", null, 3, 4), parsed.Title);
        Assert.Equal([new LocatedText("Sure! Here is the implementation plan you asked for:", 1), new LocatedText("Let me know if you want me to adjust anything!", 25)], parsed.OutsideLines);
        var wrapper = Assert.Single(parsed.Fences);
        Assert.Equal((FenceRole.Wrapper, "markdown", 3, 23), (wrapper.Role, wrapper.Info, wrapper.StartLine, wrapper.EndLine));
    }

    [Fact]
    public void Parse_MessyChecklist_KeepsNumberingAndPhasesAsWritten()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("checklist-messy.md");

        // Then the missing phase 3, the skipped 2.2 and the "&" are visible to lint
        Assert.Equal(["1", "2", "4"], parsed.PhaseHeadings.Select(p => p.Number));
        Assert.Equal("Testing & Validation", parsed.PhaseHeadings[2].Name);
        Assert.Equal(PhaseKind.Testing, parsed.PhaseHeadings[2].Kind);
        Assert.Equal([("2.1", 1, 12), ("2.3", 1, 15), ("4.1", 2, 20)], parsed.TaskLabels.Select(t => (t.Number, t.PhaseIndex, t.Line)));
        Assert.Equal("No database changes are required for this feature.", parsed.Plan.Phases[0].NotNeeded);
    }

    [Fact]
    public void Parse_MessyChecklist_ReportsItemSyntaxAndMarkersAsWritten()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("checklist-messy.md");

        // Then
        var wired = parsed.ListItems.Single(i => i.Line == 15);
        Assert.Equal(("*", "[x]", 0), (wired.Bullet, wired.Checkbox, wired.Depth));
        Assert.Equal(2, parsed.ListItems.Single(i => i.Line == 22).Depth);
        var loose = parsed.Plan.Phases[1].Tasks[1].Steps[^1];
        Assert.Equal(("Add `before_action :require_admin!` to the export.", 17), (loose.Text, loose.SourceLine ?? 0));
        Assert.Equal(new PlanMarker(PlanMarkerKind.Assumption, "Assumption:", "the `csv` gem from the standard library is enough.", 14, 11), parsed.Markers[0]);
        Assert.Equal(new PlanMarker(PlanMarkerKind.NeedsConfirmation, "[NEEDS CONFIRMATION]", "Is an empty file or a header-only file expected?", 22, 51), parsed.Markers[1]);
    }

    [Fact]
    public void Parse_ChecklistWithTrailingProse_ReportsItOutside()
    {
        // Given
        const string text = "### Implementation Plan: X\n\nOne sentence.\n\n#### Phase 1: Backend Logic\n-   [ ] **1.1. Do it**\n    -   [ ] Edit `a.ts`.\n\nHope this helps!\n";

        // When
        var parsed = PlanParser.Parse(text, PlanFormat.Checklist);

        // Then
        Assert.Equal([new LocatedText("Hope this helps!", 9)], parsed.OutsideLines);
        Assert.False(parsed.FormatDetected);
    }

    [Fact]
    public void Parse_ChecklistWithoutTitle_EmptyTitleAndNoTitleElement()
    {
        // Given
        const string text = "#### Phase 1: Data Layer & Schema\n- [ ] **1.1. Add model**\n  - [ ] Edit `schema.prisma`.\n";

        // When
        var parsed = PlanParser.Parse(text, PlanFormat.Checklist);

        // Then
        Assert.Null(parsed.Title);
        Assert.Equal(string.Empty, parsed.Plan.Title);
        Assert.Equal(PlanSlug.Fallback, parsed.Plan.Slug);
        Assert.Single(parsed.Plan.Phases);
    }

    [Fact]
    public void Parse_ChecklistPhasesOutOfOrder_KeptInTheOrderWritten()
    {
        // Given
        const string text = "### Implementation Plan: X\n\nOne sentence.\n\n#### Phase 2: Backend Logic\n- [ ] **2.1. B**\n\n#### Phase 1: Data Layer & Schema\n- [ ] **1.1. A**\n";

        // When
        var parsed = PlanParser.Parse(text);

        // Then lint sees the order as written
        Assert.Equal([("2", PhaseKind.Backend, 5), ("1", PhaseKind.DataLayer, 8)], parsed.PhaseHeadings.Select(p => (p.Number, p.Kind, p.Line)));
        Assert.Equal([PhaseKind.Backend, PhaseKind.DataLayer], parsed.Plan.Phases.Select(p => p.Kind));
    }
}
