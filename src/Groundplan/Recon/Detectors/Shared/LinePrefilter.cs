using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>
/// Tells whether a file can hold a line that a pattern matches by running the pattern once over the whole text.
/// Matching line by line costs one call per line per pattern, most of a detector's time on a large tree, while one
/// search over the text runs at the speed of the pattern's vectorised literal search.
/// </summary>
internal static class LinePrefilter
{
    private static readonly ConcurrentDictionary<Regex, bool> Safe = new();

    /// <summary>False only when no line of <paramref name="text"/> can match <paramref name="pattern"/>.</summary>
    public static bool MayMatch(Regex pattern, string text) => !IsSafe(pattern) || pattern.IsMatch(text);

    // A line's match is a match of the whole text at the same place unless the pattern looks at what lies around the
    // line: anchors (the line's start and end are not the text's) and negative lookarounds (the text has more to see
    // than the line). Patterns with either are matched line by line only.
    private static bool IsSafe(Regex pattern) => Safe.GetOrAdd(pattern, p =>
        (p.Options & (RegexOptions.RightToLeft | RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace)) == 0 && !LooksAround(p.ToString()));

    private static bool LooksAround(string source)
    {
        var inClass = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                // An escape: \A \Z \z \G are anchors; anything else (\^, \$, \b, \d, ...) reads a line as it reads the text.
                if (i + 1 < source.Length && !inClass && source[i + 1] is 'A' or 'Z' or 'z' or 'G')
                {
                    return true;
                }

                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A ']' right after '[' or '[^' belongs to the class.
                if (i + 1 < source.Length && source[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < source.Length && source[i + 1] == ']')
                {
                    i++;
                }
            }
            else if (c is '^' or '$'
                || (c == '(' && (source.AsSpan(i).StartsWith("(?!") || source.AsSpan(i).StartsWith("(?<!"))))
            {
                return true;
            }
        }

        return false;
    }
}
