using System.Text.RegularExpressions;

namespace Groundplan.Parse;

/// <summary>Seed 003's fallback label when a plan is printed instead of written: <c>FILE: ./EXPORT/plan_slug.md</c>.</summary>
internal static partial class ExportLine
{
    public static LocatedText? Find(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var match = File().Match(lines[i]);
            if (match.Success)
            {
                return new LocatedText(match.Groups["path"].Value.Trim('`', '*', ' '), i + 1);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:\*\*|`)?FILE:\s*(?:\*\*)?\s*(?<path>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex File();
}
