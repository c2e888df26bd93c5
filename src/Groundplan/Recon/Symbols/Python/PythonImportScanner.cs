using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>Reads <c>import a.b</c> and <c>from .x import y</c> statements, at any indentation.</summary>
internal static partial class PythonImportScanner
{
    public static IReadOnlyList<ImportEdge> Scan(string path, IReadOnlyList<PythonLogicalLine> lines, PythonModuleResolver resolver)
    {
        var edges = new List<ImportEdge>();
        foreach (var line in lines)
        {
            var head = line.Text.Trim();
            if (FromImport().Match(head) is { Success: true } from)
            {
                var module = from.Groups["module"].Value;
                var names = Names(from.Groups["names"].Value);
                edges.Add(new ImportEdge(path, module, line.StartLine, resolver.ResolveFrom(path, module, names)));
            }
            else if (PlainImport().Match(head) is { Success: true } plain)
            {
                foreach (var module in Names(plain.Groups["names"].Value))
                {
                    var target = resolver.Resolve(path, module);
                    edges.Add(new ImportEdge(path, module, line.StartLine, target is null ? [] : [target]));
                }
            }
        }

        return edges;
    }

    // "a.b as c, (d, e)" → a.b, d, e
    private static string[] Names(string list) =>
        list.Replace('(', ' ').Replace(')', ' ').Replace('\\', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty)
            .Where(n => n.Length > 0)
            .ToArray();

    [GeneratedRegex(@"^from\s+(?<module>\.*[A-Za-z_][\w.]*|\.+)\s+import\s+(?<names>[\s\S]+)$")]
    private static partial Regex FromImport();

    [GeneratedRegex(@"^import\s+(?<names>[A-Za-z_][\s\S]*)$")]
    private static partial Regex PlainImport();
}
