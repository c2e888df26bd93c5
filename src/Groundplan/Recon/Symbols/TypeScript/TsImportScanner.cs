using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>Finds import/export-from statements, side-effect imports, require() and dynamic import() with a literal specifier.</summary>
internal static partial class TsImportScanner
{
    public static IReadOnlyList<ImportEdge> Scan(string path, ScannedText text, TsModuleResolver resolver)
    {
        var edges = new List<ImportEdge>();
        foreach (Match match in Specifier().Matches(text.Masked))
        {
            var quote = match.Groups["quote"].Index;
            var specifier = text.LiteralAt(quote);
            if (specifier.Length == 0 || specifier.Contains("${", StringComparison.Ordinal))
            {
                continue;
            }

            // For "from", the statement's line is where its import or export keyword is (multi-line import lists).
            var at = match.Groups["from"].Success ? StatementStart(text.Masked, match.Index) : match.Index;
            var target = resolver.Resolve(path, specifier);
            edges.Add(new ImportEdge(path, specifier, text.LineOf(at), target is null ? [] : [target]));
        }

        return edges;
    }

    private static int StatementStart(string masked, int from)
    {
        var best = from;
        foreach (var keyword in (string[])["import", "export"])
        {
            var index = masked.LastIndexOf(keyword, from, StringComparison.Ordinal);
            if (index >= 0 && (best == from || index > best) && masked.AsSpan(index, from - index).IndexOfAny(";") < 0)
            {
                best = index;
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<![\w$.])(?:(?<from>from)\s*|import\s*|import\s*\(\s*|require\s*\(\s*)(?<quote>[""'`])")]
    private static partial Regex Specifier();
}
