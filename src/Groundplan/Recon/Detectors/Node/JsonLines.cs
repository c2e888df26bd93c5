using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Finds the line a JSON key is written on, so facts read from a parsed document can cite their line.</summary>
internal static partial class JsonLines
{
    /// <summary>The 0-based line of <paramref name="key"/> inside the object under <paramref name="section"/> (top level when null), or -1.</summary>
    public static int KeyLine(IReadOnlyList<string> lines, string? section, string key)
    {
        var start = 0;
        if (section is not null)
        {
            start = IndexOfKey(lines, section, 0);
            if (start < 0)
            {
                return -1;
            }

            start++;
        }

        return IndexOfKey(lines, key, start);
    }

    private static int IndexOfKey(IReadOnlyList<string> lines, string key, int from)
    {
        var quoted = "\"" + key + "\"";
        for (var i = from; i < lines.Count; i++)
        {
            var at = lines[i].IndexOf(quoted, StringComparison.Ordinal);
            if (at >= 0 && AfterKey().IsMatch(lines[i].AsSpan(at + quoted.Length)))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^\s*:")]
    private static partial Regex AfterKey();
}
