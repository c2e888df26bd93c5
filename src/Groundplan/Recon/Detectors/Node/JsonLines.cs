using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Finds the line a JSON key is written on, so facts read from a parsed document can cite their line.</summary>
internal static partial class JsonLines
{
    /// <summary>The 0-based line of <paramref name="key"/> inside the object under <paramref name="section"/> (top level when null), or -1.</summary>
    public static int KeyLine(IReadOnlyList<string> lines, string? section, string key)
    {
        // A top-level key sits at the indentation of the document's first key, not inside another object.
        var first = lines.FirstOrDefault(l => l.TrimStart().StartsWith('"'));
        var topIndent = first is null ? 0 : first.Length - first.TrimStart().Length;
        if (section is null)
        {
            return IndexOfKey(lines, key, 0, topIndent);
        }

        var start = IndexOfKey(lines, section, 0, topIndent);
        return start < 0 ? -1 : IndexOfKey(lines, key, start + 1, -1);
    }

    // indent: the required indentation of the key's line, or -1 for any.
    private static int IndexOfKey(IReadOnlyList<string> lines, string key, int from, int indent)
    {
        var quoted = "\"" + key + "\"";
        for (var i = from; i < lines.Count; i++)
        {
            var at = lines[i].IndexOf(quoted, StringComparison.Ordinal);
            if (at >= 0 && (indent < 0 || (at == indent && lines[i].AsSpan(0, at).IsWhiteSpace())) && AfterKey().IsMatch(lines[i].AsSpan(at + quoted.Length)))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex AfterKey();
}
