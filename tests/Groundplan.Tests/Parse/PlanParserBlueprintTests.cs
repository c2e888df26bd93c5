using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Tests.Parse;

public sealed class PlanParserBlueprintTests
{
    [Fact]
    public void Parse_LlmBlueprint_ReadsTemplateSections()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("blueprint-llm.md");

        // Then
        Assert.Equal(PlanFormat.Blueprint, parsed.Format);
        Assert.Equal(new PlanTitle("Login Rate Limit Implementation Plan", "Login Rate Limit", null, 1, 1), parsed.Title);
        Assert.Equal("Add a per-account limit on failed logins so password guessing gets slow.", parsed.Plan.Summary);
        Assert.Equal(["Limits per IP address."], parsed.Plan.NonGoals);
        Assert.Equal("go", parsed.Plan.CodeLanguage);
    }

    [Fact]
    public void Parse_LlmBlueprint_KeyDiscoveriesWithAndWithoutReferences()
    {
        // Given / When
        var discoveries = PlanFixtures.Parse("blueprint-llm.md").Plan.KeyDiscoveries;

        // Then
        Assert.Equal(
            [("internal/auth/handler.go", 18, 25, 16), ("internal/cache/memory.go", 12, 12, 17), (string.Empty, 0, 0, 18)],
            discoveries.Select(d => (d.Path, d.StartLine, d.EndLine, d.SourceLine ?? 0)));
        Assert.Equal("Handlers receive dependencies through `NewHandler`", discoveries[0].Text);
    }

    [Fact]
    public void Parse_LlmBlueprint_GroupsWithSignaturesTestsAndContext()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("blueprint-llm.md");

        // Then
        Assert.Equal([("1", "Limiter", PhaseKind.Other, 28), ("2", "Handler", PhaseKind.Other, 68)], parsed.PhaseHeadings.Select(p => (p.Number, p.Name, p.Kind, p.Line)));
        var group = parsed.Plan.Phases[0].Tasks.Single();
        Assert.Equal(("Limiter type", 35), (group.Title, group.SourceLine ?? 0));
        Assert.Equal(["internal/auth/limiter.go"], group.Files);
        Assert.Equal(["Add the limiter and its constructor."], group.Steps.Select(s => s.Text));
        Assert.StartsWith("// LoginLimiter counts failures per account.", Assert.Single(group.Signatures).Code, StringComparison.Ordinal);
        Assert.Equal("func TestLoginLimiter_SixthFailure_Blocked(t *testing.T)", Assert.Single(group.TestSignatures).Code);
        Assert.Equal(["Follow the locking in `internal/cache/memory.go:12-30`"], group.Responsibilities);
        Assert.Equal(["The sixth failure is refused"], group.TestObjectives);
        Assert.Equal(["`internal/auth/handler_test.go:15-23` shows the table-driven setup"], group.Context);
        Assert.Equal([(FenceRole.Signature, 39, 46), (FenceRole.TestSignature, 52, 54)], parsed.Fences.Select(f => (f.Role, f.StartLine, f.EndLine)));
    }

    [Fact]
    public void Parse_LlmBlueprint_ValidationCommandsPerPhaseFromSuccessCriteria()
    {
        // Given / When
        var parsed = PlanFixtures.Parse("blueprint-llm.md");

        // Then
        Assert.Equal(["go test ./internal/auth/...", "make lint"], parsed.Plan.Phases[0].ValidationCommands);
        Assert.Equal(["go test ./..."], parsed.Plan.Phases[1].ValidationCommands);
        Assert.Equal(
            [CodeSpanRole.Command, CodeSpanRole.Command, CodeSpanRole.Command],
            parsed.CodeSpans.Where(s => s.Text.StartsWith("go test", StringComparison.Ordinal) || s.Text == "make lint").Select(s => s.Role));
        Assert.Equal(new PlanCodeSpan("internal/cache/memory.go:12-30", 49, 25, CodeSpanRole.Signature), parsed.CodeSpans.Single(s => s.Line == 49 && s.Text == "internal/cache/memory.go:12-30"));
        Assert.Equal(new PlanCodeSpan("Allow", 77, 19, CodeSpanRole.Step), parsed.CodeSpans.Single(s => s.Line == 77 && s.Text == "Allow"));
    }

    [Fact]
    public void Parse_BlueprintInAFenceWithNestedFences_ReadsToTheLastFence()
    {
        // Given a model's answer: a ```markdown wrapper holding ```go blocks, so the first inner fence looks like its end
        // When
        var parsed = PlanFixtures.Parse("blueprint-fenced.md");

        // Then
        Assert.True(parsed.WrappedInFence);
        Assert.Equal(PlanFormat.Blueprint, parsed.Format);
        Assert.Equal([new LocatedText("Here is the plan:", 1)], parsed.OutsideLines);
        var phase = Assert.Single(parsed.Plan.Phases);
        Assert.Equal(["go test ./internal/http/..."], phase.ValidationCommands);
        Assert.Equal("func Health(w http.ResponseWriter, r *http.Request)", Assert.Single(phase.Tasks.Single().Signatures).Code);
        Assert.Equal([(FenceRole.Wrapper, 3, 27), (FenceRole.Signature, 21, 23)], parsed.Fences.Select(f => (f.Role, f.StartLine, f.EndLine)));
    }
}
