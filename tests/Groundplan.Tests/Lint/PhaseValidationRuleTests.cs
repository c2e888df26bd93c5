using Groundplan.Ingest;

namespace Groundplan.Tests.Lint;

/// <summary>GP305: a blueprint phase names a command that proves it done; a command the repository's CI runs counts as one.</summary>
public sealed class PhaseValidationRuleTests
{
    [Theory]
    [InlineData("coverage run manage.py test", false)]
    [InlineData("coverage report --fail-under 90", true)]
    public void Lint_PhaseValidatedByACiCommandWithAnUnknownRunner_CountsOnlyIfCiRunsIt(string command, bool flagged)
    {
        // Given a Django project whose CI runs its tests under coverage
        using var dir = new TempDirectory();
        dir.Write("manage.py", "import sys\n");
        dir.Write("app/models.py", "from django.db import models\n\nclass Check(models.Model):\n    name = models.CharField(max_length=100)\n");
        dir.Write(".github/workflows/tests.yml", """
            name: Tests
            on: [push]
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - run: coverage run manage.py test
            """);
        var codebase = new CodebaseLoader().Load(dir.Path, new IngestOptions { CountTokens = false });
        var plan = $"""
            # Check names Implementation Plan

            ## Overview

            Checks get longer names.

            ## Phase 1: Backend Logic

            ### Overview

            The model accepts longer names.

            ### Changes Required:

            #### 1. Model
            **File**: `app/models.py`
            **Changes**: Widen `name`.

            ### Validation Commands:

            - `{command}`
            """;

        // When a blueprint phase names that command as its validation
        var result = LintCorpus.Linter.Lint(plan, codebase, file: "plan.md");

        // Then the CI's own command proves the phase; a command the repository never runs does not
        Assert.Equal(flagged, result.Findings.Any(f => f.RuleId == "GP305"));
    }
}
