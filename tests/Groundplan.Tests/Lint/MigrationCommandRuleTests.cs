using Groundplan.Ingest;

namespace Groundplan.Tests.Lint;

/// <summary>GP304 asks for the migration when a plan changes the schema, and only then.</summary>
public sealed class MigrationCommandRuleTests
{
    [Theory]
    [InlineData("Not needed: the feature changes no schema.", false)]
    [InlineData("The invoice gets a reminder.", true)]
    public void Lint_MethodAddedToModelsPy_FlaggedUnlessThePlanSaysNoSchemaChange(string dataPhase, bool flagged)
    {
        // Given a Django plan whose only models.py step adds a method
        var plan = Plan(dataPhase, "Open `invoices/models.py` and add a `remind` method next to `mark_paid`.");

        // When it is linted against the Django fixture
        var result = LintCorpus.Linter.Lint(plan, LintCorpus.Codebase("django-app"), file: "plan.md");

        // Then models.py counts as a schema change only when the plan does not say there is none
        Assert.Equal(flagged, result.Findings.Any(f => f.RuleId == "GP304"));
    }

    [Theory]
    [InlineData("Write the migration by hand in the migrations folder and apply it on start-up.", false)]
    [InlineData("Update the handler to read the new column.", true)]
    public void Lint_SchemaChangeWhereTheRepoShowsNoMigrationCommand_AHandWrittenMigrationStepCounts(string second, bool flagged)
    {
        // Given a repository with no migration command, and a plan that adds a column
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/notes\n");
        dir.Write("store/user.go", "package store\n\ntype User struct{ ID int }\n");
        var codebase = new CodebaseLoader().Load(dir.Path, new IngestOptions { CountTokens = false });
        var plan = Plan("The users table gains a flag.", "Add a `disabled` column to the users table.", second);

        var result = LintCorpus.Linter.Lint(plan, codebase, file: "plan.md");

        // Then a step that writes and applies the migration satisfies the rule; without one it still fires
        Assert.Equal(flagged, result.Findings.Any(f => f.RuleId == "GP304"));
    }

    private static string Plan(string dataPhase, params string[] steps) => $"""
        # Invoice reminders

        ## Overview

        Staff flag invoices for a reminder.

        ## Phase 1: Data Layer

        {dataPhase}

        ## Phase 2: Backend

        ### Changes Required:

        {string.Join("\n", steps.Select(s => "- " + s))}
        """;
}
