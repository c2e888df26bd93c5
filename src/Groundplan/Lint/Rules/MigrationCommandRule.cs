using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Model.Recon;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP304: a schema change comes with the command that creates or applies its migration.</summary>
internal sealed partial class MigrationCommandRule : LintRule
{
    public override string Id => "GP304";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "MigrationCommand";

    public override string Description => "A plan that changes the database schema includes the migration command.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var schemaFiles = context.Index.FactsAbout(ReconTopic.SchemaFile).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var body = PlanBody.WorkLines(context).ToHashSet();

        // Django's models.py holds methods as well as fields: a plan that says it changes no schema and adds a method
        // there is not changing the schema. Files that hold only the schema count whatever the plan says.
        var noSchemaChange = context.Document.Lines.Any(l => NoSchemaChange().IsMatch(l));
        var change = context.References.FirstOrDefault(r => body.Contains(r.Span.Line) && r.Reading.Kind == SpanKind.Path
            && (schemaFiles.Contains(r.Reading.Value) || SchemaPath().IsMatch(r.Reading.Value))
            && !(noSchemaChange && MixedSchemaPath().IsMatch(r.Reading.Value)))?.Span.Line
            ?? body.Order().FirstOrDefault(l => SchemaChange().IsMatch(context.Document.Prose(l)));
        if (change == 0)
        {
            yield break;
        }

        var commands = context.Index.FactsAbout(ReconTopic.MigrationCommand).Select(f => f.Value.Split(" (")[0]).ToArray();
        // Where the repository shows no migration command, a step that writes and applies the migration by hand is
        // the migration.
        var hasMigration = context.References.Any(r => r.Reading.Kind == SpanKind.Command && (Migration().IsMatch(r.Reading.Value) || commands.Contains(r.Reading.Value, StringComparer.Ordinal)))
            || context.Document.Fences.Any(f => PlanBody.Range((f.StartLine, f.EndLine)).Any(l => Migration().IsMatch(context.Document.Line(l))))
            || (commands.Length == 0 && body.Any(l => MigrationStep().IsMatch(context.Document.Prose(l))));
        if (hasMigration)
        {
            yield break;
        }

        var example = commands.Length > 0 ? $" `{commands.Order(StringComparer.Ordinal).First()}`" : " the data layer's migration command";
        yield return At(change, $"This step changes the database schema but the plan runs no migration; add a step \"Run{example}\" after the schema change.", context.Document.Line(change).Trim());
    }

    [GeneratedRegex(@"(^|/)models\.py$")]
    private static partial Regex MixedSchemaPath();

    [GeneratedRegex(@"\bno (schema|database) changes?\b|\bchanges? no (schema|database)\b|\bschema (is|stays) unchanged\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoSchemaChange();

    [GeneratedRegex(@"\b(create|creates|write|writes|apply|applies|run|runs|generate|generates)\b[^.]{0,40}\bmigrations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MigrationStep();

    [GeneratedRegex(@"(^|/)(schema\.prisma|schema\.rb|structure\.sql|models\.py|schema\.ts|schema/[\w-]+\.ts)$|(^|/)(migrations?|db/migrate)/")]
    private static partial Regex SchemaPath();

    [GeneratedRegex(@"\b(add|adds|create|creates|drop|drops|rename|renames|alter|alters)\b[^.]{0,40}\b(column|columns|field to the|model|table|index|unique constraint|foreign key|enum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaChange();

    [GeneratedRegex(@"migrat|db:push|drizzle-kit (generate|push|migrate)|prisma db push|makemigrations|ef migrations|ef database update|db:generate", RegexOptions.IgnoreCase)]
    private static partial Regex Migration();
}
