using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP209: the spec's impacted-files table and its implementation steps name the same files.</summary>
internal sealed class TableStepsAgreeRule : LintRule
{
    public override string Id => "GP209";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "TableMatchesSteps";

    public override string Description => "Every file in the impacted-files table is touched by a step, and every file a step creates is in the table.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Spec || context.Outline.Lines("impacted files & directories") is not { } table || context.Outline.Lines("implementation plan") is not { } steps)
        {
            yield break;
        }

        var inTable = Paths(context, table).ToArray();
        var inSteps = Paths(context, steps).ToArray();
        // Test files are often named only in the testing plan; that counts as a step touching them.
        var touched = (context.Outline.Lines("testing plan") ?? context.Outline.Lines("test plan")) is { } testing ? inSteps.Concat(Paths(context, testing)).ToArray() : inSteps;
        var stepPaths = touched.Select(r => r.Reading.Value.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var tablePaths = inTable.Select(r => r.Reading.Value.TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        foreach (var row in inTable.Where(r => !stepPaths.Contains(r.Reading.Value.TrimEnd('/')) && !stepPaths.Any(s => s.StartsWith(r.Reading.Value.TrimEnd('/') + "/", StringComparison.Ordinal))).DistinctBy(r => r.Reading.Value))
        {
            yield return At(row.Span, $"`{row.Reading.Value}` is in the impacted-files table but no implementation step touches it; add the step, or remove the row.");
        }

        foreach (var created in inSteps.Where(r => r.MarkedNew && !tablePaths.Contains(r.Reading.Value.TrimEnd('/'))).DistinctBy(r => r.Reading.Value))
        {
            yield return At(created.Span, $"`{created.Reading.Value}` is created by a step but missing from the impacted-files table; add a row `| `{created.Reading.Value}` | new | <why> |`.");
        }
    }

    private static IEnumerable<PlanReference> Paths(LintContext context, (int First, int Last) lines) =>
        context.References.Where(r => r.Span.Line >= lines.First && r.Span.Line <= lines.Last && r.Reading.Kind is SpanKind.Path or SpanKind.LineReference);
}
