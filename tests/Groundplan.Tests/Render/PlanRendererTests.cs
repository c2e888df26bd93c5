using Groundplan.Render;

namespace Groundplan.Tests.Render;

public sealed class PlanRendererTests
{
    [Theory]
    [MemberData(nameof(TestPlans.InEveryFormat), MemberType = typeof(TestPlans))]
    public void Render_TestPlan_MatchesSnapshot(string name, PlanFormat format)
    {
        // Given
        var plan = TestPlans.Named(name);

        // When
        var text = PlanRenderer.Render(plan, format);

        // Then
        Snapshot.Match(text, "Render", "Expected", $"{name}.{PlanFormats.Name(format)}{PlanFormats.Extension(format)}");
    }

    [Theory]
    [MemberData(nameof(TestPlans.InEveryFormat), MemberType = typeof(TestPlans))]
    public void Render_SamePlanTwice_ByteIdentical(string name, PlanFormat format)
    {
        // Given two plans built separately from the same data
        var first = TestPlans.Named(name);
        var second = TestPlans.Named(name);

        // When
        var a = PlanRenderer.Render(first, format);
        var b = PlanRenderer.Render(second, format);

        // Then
        Assert.Equal(a, b);
        Assert.DoesNotContain("\r", a, StringComparison.Ordinal);
        Assert.EndsWith("\n", a, StringComparison.Ordinal);
        Assert.False(a.EndsWith("\n\n", StringComparison.Ordinal), "one final newline");
    }

    [Fact]
    public void Render_Checklist_StartsWithTheTitleAndEndsWithTheLastStep()
    {
        // Given
        var plan = TestPlans.Bookmarks();

        // When
        var lines = PlanRenderer.Render(plan, PlanFormat.Checklist).TrimEnd('\n').Split('\n');

        // Then nothing before or after the block
        Assert.Equal("### Implementation Plan: Bookmark posts", lines[0]);
        Assert.StartsWith("    -   [ ] ", lines[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["#### Phase 1: Data Layer & Schema", "#### Phase 2: Backend Logic", "#### Phase 3: Frontend Implementation", "#### Phase 4: Testing and Validation"],
            lines.Where(l => l.StartsWith("#### ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Render_ChecklistPhaseNotNeeded_SaysSoInOneLine()
    {
        // Given a plan whose frontend phase is not needed
        var plan = TestPlans.GoEndpoint();

        // When
        var text = PlanRenderer.Render(plan, PlanFormat.Checklist);

        // Then
        Assert.Contains("#### Phase 3: Frontend Implementation\n\nNot needed: the service has no UI.\n\n#### Phase 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Spec_HasTheFifteenHeadingsInOrder()
    {
        // Given
        var plan = TestPlans.RailsCsv();

        // When
        var headings = PlanRenderer.Render(plan, PlanFormat.Spec).Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal) || l.StartsWith("## ", StringComparison.Ordinal)).ToList();

        // Then
        Assert.Equal(15, headings.Count);
        Assert.Equal("# Plan: CSV export of invoices (csv-export-of-invoices)", headings[0]);
        Assert.Equal(SpecHeadings.InOrder.Select(h => "## " + h), headings.Skip(1));
    }

    [Fact]
    public void Render_UnknownFormat_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanRenderer.Render(TestPlans.RailsCsv(), (PlanFormat)42));
    }
}
