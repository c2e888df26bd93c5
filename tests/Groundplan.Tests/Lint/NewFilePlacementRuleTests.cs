using Groundplan.Ingest;

namespace Groundplan.Tests.Lint;

/// <summary>GP208 checks a new file's name case against the repository's convention for its kind.</summary>
public sealed class NewFilePlacementRuleTests
{
    [Theory]
    [InlineData("templates/front/_check_form.html", false)]
    [InlineData("templates/front/check_form.html", false)]
    [InlineData("templates/front/_CheckForm.html", true)]
    public void Lint_NewTemplateInASnakeCaseRepo_PartialUnderscoreIsNotACaseBreak(string path, bool flagged)
    {
        // Given templates named in snake_case
        using var dir = new TempDirectory();
        foreach (var name in (string[])["check_list", "check_details", "ping_details", "log_rows"])
        {
            dir.Write($"templates/front/{name}.html", "<div></div>\n");
        }

        var codebase = new CodebaseLoader().Load(dir.Path, new IngestOptions { CountTokens = false });
        var plan = $"""
            # Check form

            ## Overview

            A form for checks.

            ## Phase 1: Templates

            ### Changes Required:

            - Create `{path}` (new) with the form.
            """;

        // When a plan adds a template under that name
        var result = LintCorpus.Linter.Lint(plan, codebase, file: "plan.md");

        // Then a Rails/Django partial's leading underscore is not read as breaking snake_case; a PascalCase name is
        Assert.Equal(flagged, result.Findings.Any(f => f.RuleId == "GP208"));
    }
}
