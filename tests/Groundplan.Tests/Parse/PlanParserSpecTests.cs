using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Tests.Parse;

public sealed class PlanParserSpecTests
{
    [Fact]
    public void Parse_LlmSpec_ReadsTitleSlugAndExportLabel()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then
        Assert.Equal(PlanFormat.Spec, parsed.Format);
        Assert.Equal(new PlanTitle("Plan: Rate-limit login attempts (rate-limit-login)", "Rate-limit login attempts", "rate-limit-login", 1, 3), parsed.Title);
        Assert.Equal("rate-limit-login", parsed.Plan.Slug);
        Assert.Equal(new LocatedText("./EXPORT/plan_rate-limit-login.md", 1), parsed.ExportPath);
        Assert.Equal([new LocatedText("FILE: ./EXPORT/plan_rate-limit-login.md", 1)], parsed.OutsideLines);
    }

    [Fact]
    public void Parse_LlmSpec_HeadingsInTheOrderWritten()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then the swapped Goals/Requirements/Non-Goals and the missing sections show in the headings
        var level2 = parsed.Headings.Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.Equal(["1. Summary", "2. Goals", "4. Requirements", "3. Non-Goals"], level2.Take(4));
        Assert.DoesNotContain(level2, h => h.Contains("Rollout", StringComparison.Ordinal));
        Assert.Equal(["Answer `429` after five failures."], parsed.Plan.Goals);
        Assert.Equal(["CAPTCHA."], parsed.Plan.NonGoals);
        Assert.Empty(parsed.Plan.Rollout);
    }

    [Fact]
    public void Parse_LlmSpec_TableAsWrittenAndImpactedFilesByColumnName()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then
        var table = Assert.IsType<PlanTable>(parsed.ImpactTable);
        Assert.Equal(["File", "Why", "Type"], table.Header);
        Assert.Equal(32, table.Line);
        Assert.Equal(["`internal/auth/limiter.go`", "The counter | per account", "new"], table.Rows[0].Cells);
        Assert.Equal(
            [new ImpactedFile("internal/auth/limiter.go", ChangeType.New, "The counter | per account"), new ImpactedFile("internal/auth/handler.go", ChangeType.Edit, "Call the limiter")],
            parsed.Plan.ImpactedFiles.Select(f => f with { SourceLine = null }));
        Assert.Equal([34, 35], parsed.Plan.ImpactedFiles.Select(f => f.SourceLine ?? 0));
        Assert.All(parsed.CodeSpans.Where(s => s.Line is 34 or 35), s => Assert.Equal(CodeSpanRole.ImpactedFile, s.Role));
    }

    [Fact]
    public void Parse_LlmSpec_NumberedListStepsWithFilesChangesNotes()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then
        var phase = Assert.Single(parsed.Plan.Phases);
        Assert.Equal(PhaseKind.Other, phase.Kind);
        Assert.Equal([("1", "Create the limiter", 39), ("2", "Use it in the handler", 45)], parsed.TaskLabels.Select(t => (t.Number, t.Title, t.Line)));
        var first = phase.Tasks[0];
        Assert.Equal(["internal/auth/limiter.go"], first.Files);
        Assert.Equal(["Add `type LoginLimiter struct`.", "Add `func (l *LoginLimiter) Allow(account string) bool`."], first.Steps.Select(s => s.Text));
        Assert.Equal([42, 43], first.Steps.Select(s => s.SourceLine ?? 0));
        Assert.Equal(["the map should be guarded by a mutex."], first.Notes);
        Assert.Equal(new PlanCodeSpan("internal/auth/limiter.go", 40, 13, CodeSpanRole.FileList), parsed.CodeSpans.Single(s => s.Line == 40 && s.Text == "internal/auth/limiter.go"));
        Assert.Equal(new PlanCodeSpan("type LoginLimiter struct", 42, 12, CodeSpanRole.Step), parsed.CodeSpans.Single(s => s.Line == 42 && s.Text == "type LoginLimiter struct"));
    }

    [Fact]
    public void Parse_LlmSpec_MarkersWithStrayPrefixAsWritten()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then
        var question = Assert.Single(parsed.Plan.OpenQuestions);
        Assert.Equal(("Which window length does security want?", 76), (question.Question, question.SourceLine ?? 0));
        var confirmations = parsed.Markers.Where(m => m.Kind == PlanMarkerKind.NeedsConfirmation).ToList();
        Assert.Equal([74, 76], confirmations.Select(m => m.Line));
        Assert.All(confirmations, m => Assert.Equal("[0o0o NEEDS CONFIRMATION]", m.Written));
        Assert.Equal(["one server instance, so memory is enough."], parsed.Plan.Assumptions);
        Assert.Equal(["No new dependency."], parsed.Plan.Constraints);
    }

    [Fact]
    public void Parse_LlmSpec_ContractsCommandsAndSnapshot()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("spec-llm.md");

        // Then
        var contract = Assert.Single(parsed.Plan.Contracts);
        Assert.Equal(("response", "429 response", "http"), (contract.Kind, contract.Name, contract.Shape?.Language));
        Assert.Equal(FenceRole.Contract, Assert.Single(parsed.Fences).Role);
        Assert.Equal(["go test ./..."], parsed.Plan.ValidationCommands);
        Assert.Equal(new PlanCodeSpan("go test ./...", 64, 7, CodeSpanRole.Command), parsed.CodeSpans.Single(s => s.Line == 64 && s.Text == "go test ./..."));
        var router = Assert.Single(parsed.Plan.Snapshot);
        Assert.Equal(("Router", "`net/http`", "cmd/server/main.go", 21), (router.Label, router.Value, router.Evidence[0].Path, router.Evidence[0].Line));
    }

    [Fact]
    public void Parse_SpecTitleWithoutSlug_SlugFromTitleAndNoneSeen()
    {
        // Given
        const string text = "# Plan: Bookmark posts\n\n## Summary\n\nLet users bookmark posts.\n";

        // When
        var parsed = PlanParser.Parse(text);

        // Then
        Assert.Equal(PlanFormat.Spec, parsed.Format);
        Assert.Null(parsed.Title?.Slug);
        Assert.Equal("bookmark-posts", parsed.Plan.Slug);
        Assert.Equal("Let users bookmark posts.", parsed.Plan.Summary);
    }
}
