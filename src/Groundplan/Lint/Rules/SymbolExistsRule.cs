using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP202: every symbol the plan presents as existing (call it, reuse it) occurs in the codebase.</summary>
internal sealed class SymbolExistsRule : LintRule
{
    public override string Id => "GP202";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "SymbolExists";

    public override string Description => "Every symbol presented as existing (called, reused, referenced) occurs in the codebase.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var planned = PlanSymbols.Created(context);
        var claimed = context.References
            .Where(r => r.Reading.Kind == SpanKind.Symbol && Presentation.PresentsAsExisting(context.Document, r.Span))
            .Where(r => !planned.Contains(r.Reading.Value) && !planned.Contains(PlanSymbols.Last(r.Reading.Value)))
            .ToArray();
        if (claimed.Length == 0)
        {
            yield break;
        }

        var absent = context.Index.Symbols.Absent(claimed.SelectMany(r => PlanSymbols.Parts(r.Reading.Value)).Distinct(StringComparer.Ordinal));
        foreach (var group in claimed.Where(r => PlanSymbols.Parts(r.Reading.Value).Any(absent.Contains)).GroupBy(r => r.Reading.Value, StringComparer.Ordinal))
        {
            var name = group.Key;
            var missing = PlanSymbols.Parts(name).First(absent.Contains);
            var suggestion = EditDistance.Closest(missing, PlanSymbols.Nearby(context, group.First().Span.Line));
            var hint = suggestion is null ? "" : $" Did you mean `{suggestion}`?";
            yield return At(group.First().Span, $"`{missing}` does not occur anywhere in the codebase, but the plan uses it as existing.{hint} If the plan adds it, say where (\"Create `{missing}()` in `path/to/file`\").");
        }
    }
}
