namespace Groundplan.Tests.Lint;

/// <summary>GP301 fires on steps that change stored data, not on every sentence that happens to hold a data word.</summary>
public sealed class CacheInvalidationRuleTests
{
    [Theory]
    [InlineData("Update the entry point to register the health handler.", false)]
    [InlineData("Create the entry points for the two new commands.", false)]
    [InlineData("Update the note rows in the database when a note is archived.", true)]
    [InlineData("Insert an audit entry for every archived note.", true)]
    public void Lint_StepWordingOnACachingCodebase_FlagsOnlyDataChanges(string change, bool flagged)
    {
        // Given a codebase that caches notes, and a one-step plan with no invalidation
        var plan = $"""
            # Health endpoint

            ## Overview

            Expose a health check.

            ## Phase 1: Wiring

            ### Changes Required:

            #### 1. Server
            **File**: `cmd/api/main.go`
            **Changes**: {change}
            """;

        // When it is linted
        var result = LintCorpus.Linter.Lint(plan, LintCorpus.Codebase("go-service"), file: "plan.md");

        // Then GP301 speaks only when the step writes stored data
        Assert.Equal(flagged, result.Findings.Any(f => f.RuleId == "GP301"));
    }
}
