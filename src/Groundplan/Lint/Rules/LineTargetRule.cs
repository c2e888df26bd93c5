using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP205: a line reference points at the symbol its sentence names, not at other lines of the file.</summary>
internal sealed class LineTargetRule : LintRule
{
    public override string Id => "GP205";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "LineReferenceTarget";

    public override string Description => "A file:line reference covers the symbol named beside it, when that symbol is in the file.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        foreach (var line in context.References.GroupBy(r => r.Span.Line))
        {
            var refs = line.Where(r => r.Reading.Kind == SpanKind.LineReference).ToArray();
            var symbols = line.Where(r => r.Reading.Kind == SpanKind.Symbol && !Presentation.PresentsAsCreated(context.Document, r.Span)).ToArray();
            if (refs.Length == 0 || symbols.Length == 0)
            {
                continue;
            }

            foreach (var reference in refs)
            {
                if (context.Codebase.Find(reference.Reading.Value) is not { } file || reference.Reading.EndLine > file.LineCount || reference.Reading.StartLine < 1)
                {
                    continue;
                }

                var lines = file.Text.Split('\n');
                foreach (var symbol in symbols)
                {
                    var name = PlanSymbols.Last(symbol.Reading.Value);
                    var inRange = Enumerable.Range(reference.Reading.StartLine, reference.Reading.EndLine - reference.Reading.StartLine + 1).Any(n => Identifier.Occurs(lines[n - 1], name));
                    var anywhere = Array.FindIndex(lines, l => Identifier.Occurs(l, name));
                    if (inRange || anywhere < 0 || refs.Any(other => other != reference && other.Reading.Value == reference.Reading.Value))
                    {
                        continue;
                    }

                    var definition = context.Index.Symbols.In(file.Path).FirstOrDefault(s => s.Name == name);
                    var actual = definition is null ? $"line {anywhere + 1}" : definition.StartLine == definition.EndLine ? $"line {definition.StartLine}" : $"lines {definition.StartLine}-{definition.EndLine}";
                    var fixedRef = definition is null ? $"{reference.Reading.Value}:{anywhere + 1}" : definition.StartLine == definition.EndLine ? $"{reference.Reading.Value}:{definition.StartLine}" : $"{reference.Reading.Value}:{definition.StartLine}-{definition.EndLine}";
                    yield return At(reference.Span, $"`{reference.Span.Text}` does not cover `{name}`, which is at {actual} of `{file.Path}`; write `{fixedRef}`.");
                }
            }
        }
    }
}
