using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP203: a symbol the plan places in a file ("`requireRole()` in `src/lib/auth.ts`") is defined there.</summary>
internal sealed partial class SymbolLocationRule : LintRule
{
    public override string Id => "GP203";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "SymbolLocation";

    public override string Description => "A symbol the plan says lives in a file (\"`x()` in `path`\", \"`x` from `path`\") is defined in that file.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var created = PlanSymbols.Created(context);
        foreach (var (symbol, path) in Pairs(context))
        {
            var name = PlanSymbols.Last(symbol.Reading.Value);
            if (created.Contains(name) || Presentation.PresentsAsCreated(context.Document, symbol.Span) || context.Codebase.Find(path) is not { } file)
            {
                continue;
            }

            var symbols = context.Index.Symbols.In(path);
            // A file that calls or imports the symbol is also where the plan can say it is; only a file that never mentions it is wrong.
            if (symbols.Any(s => s.Name == name) || Identifier.Occurs(file.Text, name))
            {
                continue;
            }

            var mentions = context.Index.Symbols.FilesMentioning(name).Take(40).ToArray();
            if (mentions.Length == 0)
            {
                // Not in the codebase at all: GP202 reports the invented name once.
                continue;
            }

            var elsewhere = context.Index.Symbols.DefinitionAmong(mentions.Where(p => p != path), name);
            var message = elsewhere is not null
                ? $"`{name}` is not defined in `{path}`; it is defined in `{elsewhere}`. Point the plan at `{elsewhere}`."
                : EditDistance.Closest(name, symbols.Select(s => s.Name).Distinct(StringComparer.Ordinal)) is { } near
                    ? $"`{name}` is not defined in `{path}`; did you mean `{near}`? Use the name the file defines, or say the plan creates it."
                    : $"`{name}` is not defined in `{path}`; name a symbol the file defines, or say the plan creates it.";
            yield return At(symbol.Span, message);
        }
    }

    // "`S` in `P`", "`S` from `P`", "`S` (defined in `P`)", "`S` exported from `P`".
    private static IEnumerable<(PlanReference Symbol, string Path)> Pairs(LintContext context)
    {
        foreach (var line in context.References.GroupBy(r => r.Span.Line))
        {
            var spans = line.OrderBy(r => r.Span.Start).ToArray();
            for (var i = 0; i + 1 < spans.Length; i++)
            {
                var (symbol, path) = (spans[i], spans[i + 1]);
                if (symbol.Reading.Kind != SpanKind.Symbol || path.Reading.Kind is not (SpanKind.Path or SpanKind.LineReference))
                {
                    continue;
                }

                var between = context.Document.Line(symbol.Span.Line)[symbol.Span.End..path.Span.Start];
                if (Link().IsMatch(between))
                {
                    yield return (symbol, path.Reading.Value);
                }
            }
        }
    }

    [GeneratedRegex(@"^\s*(\(\s*)?(helper\s+|function\s+|method\s+|class\s+|hook\s+)?(in|from|inside|defined in|declared in|exported from|exported by|lives in)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
