using System.Text.RegularExpressions;

namespace Groundplan.Parse;

/// <summary>Finds <c>ASSUMPTION:</c> and <c>[NEEDS CONFIRMATION]</c> markers line by line, as written, outside fenced code.</summary>
internal static partial class MarkerScanner
{
    public static List<PlanMarker> Scan(IReadOnlyList<string> lines, IReadOnlyList<(int Start, int End)> fenced)
    {
        var markers = new List<PlanMarker>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = i + 1;
            if (fenced.Any(f => line >= f.Start && line <= f.End))
            {
                continue;
            }

            foreach (Match match in Marker().Matches(lines[i]))
            {
                var kind = match.Groups["assumption"].Success ? PlanMarkerKind.Assumption : PlanMarkerKind.NeedsConfirmation;
                var rest = lines[i][(match.Index + match.Length)..].Trim().TrimStart('*', '_').Trim();
                markers.Add(new PlanMarker(kind, match.Value, rest, line, match.Index + 1));
            }
        }

        return markers;
    }

    // "ASSUMPTION:" in any case as a word; any bracket holding NEEDS CONFIRMATION (seed 003 writes a stray prefix in one).
    [GeneratedRegex(@"(?<assumption>\bASSUMPTION\s*:)|(?<confirm>\[[^\[\]\n]*?NEEDS[ _-]*CONFIRMATION[^\[\]\n]*?\])", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
