using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;

namespace Groundplan.Lint.Rules;

/// <summary>Symbol helpers shared by the grounding rules: what the plan itself defines, and candidates for "did you mean".</summary>
internal static partial class PlanSymbols
{
    /// <summary>Names the plan creates: spans in a creating sentence, and identifiers declared in its code blocks.</summary>
    public static IReadOnlySet<string> Created(LintContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in context.References.Where(r => r.Reading.Kind == SpanKind.Symbol && Presentation.PresentsAsCreated(context.Document, r.Span)))
        {
            names.Add(reference.Reading.Value);
            names.Add(Last(reference.Reading.Value));
        }

        foreach (var fence in context.Document.Fences)
        {
            for (var line = fence.StartLine + 1; line < fence.EndLine; line++)
            {
                foreach (Match match in Word().Matches(context.Document.Line(line)))
                {
                    names.Add(match.Value);
                }
            }
        }

        return names;
    }

    public static string Last(string name) => Parts(name).Last();

    public static string[] Parts(string name) => name.Split(['.', '#', ':'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Symbols defined in the files the line names, then in every existing file the plan names.</summary>
    public static IEnumerable<string> Nearby(LintContext context, int line)
    {
        var existing = context.References
            .Where(r => r.Reading.Kind is SpanKind.Path or SpanKind.LineReference && context.Index.Paths.FileExists(r.Reading.Value))
            .OrderBy(r => r.Span.Line == line ? 0 : 1)
            .Select(r => r.Reading.Value)
            .Distinct(StringComparer.Ordinal);
        return existing.SelectMany(p => context.Index.Symbols.In(p)).Select(s => s.Name)
            .Concat(context.Facts.Where(f => f.Topic is "authorization" or "authentication" or "cache-invalidation").Select(f => f.Name))
            .Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[A-Za-z_$][\w$]*")]
    private static partial Regex Word();
}
