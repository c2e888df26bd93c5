using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>
/// Tells whether a file can hold a line that a pattern matches by running the pattern once over the whole text.
/// Matching line by line costs one call per line per pattern, most of a detector's time on a large tree, while one
/// search over the text runs at the speed of the pattern's vectorised literal search.
/// </summary>
internal static class LinePrefilter
{
    // The whole-text form of each pattern, or null where none can stand for it; weak, so the patterns detectors build per
    // run (a wrapper's name) do not pile up in a long-running server.
    private static readonly ConditionalWeakTable<Regex, StrongBox<Regex?>> WholeText = new();

    /// <summary>False only when no line of <paramref name="text"/> can match <paramref name="pattern"/>.</summary>
    public static bool MayMatch(Regex pattern, string text) => WholeTextForm(pattern) is not { } whole || whole.IsMatch(text);

    /// <summary>The pattern that finds over a whole text every place a line's match of <paramref name="pattern"/> is, or null.</summary>
    public static Regex? WholeTextForm(Regex pattern) => WholeText.GetValue(pattern, p => new StrongBox<Regex?>(Prefilter(p))).Value;

    // A line's match is a match of the whole text at the same place as long as nothing in the pattern tells a line's ends
    // from the text's: '^' does not once it matches after every newline (multiline), nor '$' once it also matches before
    // a CRLF line's '\r' (cut from the line, not from the text); \A \Z \z \G and a negative lookaround that could see
    // the newline around a line do. Anything else only finds more in the whole text, which a prefilter may.
    internal static Regex? Prefilter(Regex pattern)
    {
        if ((pattern.Options & (RegexOptions.RightToLeft | RegexOptions.Multiline | RegexOptions.IgnorePatternWhitespace)) != 0)
        {
            return null;
        }

        return WholeTextSource(pattern.ToString()) switch
        {
            (false, _) => null,
            (true, null) => pattern,
            (true, { } anchored) => new Regex(anchored, pattern.Options | RegexOptions.Multiline, pattern.MatchTimeout),
        };
    }

    // Whether a whole-text form can stand for the pattern, and the source of its multiline form ('$' allowing a '\r'
    // before the newline) when it has line anchors, or null when the pattern itself is that form.
    private static (bool Possible, string? Anchored) WholeTextSource(string source)
    {
        var whole = new StringBuilder(source.Length + 8);
        var anchored = false;
        var inClass = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                // An escape: \A \Z \z \G are anchors; anything else (\^, \$, \b, \d, ...) reads a line as it reads the text.
                if (i + 1 < source.Length && !inClass && source[i + 1] is 'A' or 'Z' or 'z' or 'G')
                {
                    return (false, null);
                }

                whole.Append(source, i, Math.Min(2, source.Length - i));
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                var opening = SkipClassOpening(source, i);
                whole.Append(source, i, opening - i);
                i = opening;
                c = source[i];
            }
            else if (c == '$')
            {
                anchored = true;
                whole.Append(@"(?=\r?$)");
                continue;
            }
            else if (c == '^')
            {
                anchored = true;
            }
            else if (c == '(' && NegativeLookaround(source, i) is var body && body >= 0 && !CannotSeeNewline(source, body))
            {
                return (false, null);
            }

            whole.Append(c);
        }

        return (true, anchored ? whole.ToString() : null);
    }

    // The index of a negative lookaround's body, or -1 when the group at start is none.
    private static int NegativeLookaround(string source, int start) =>
        source.AsSpan(start).StartsWith("(?!") ? start + 3 : source.AsSpan(start).StartsWith("(?<!") ? start + 4 : -1;

    // Whether no atom of the lookaround body at start can match '\n' or '\r': then the body never reaches past a line's
    // ends, and it judges each position of the line as it would in the whole text.
    private static bool CannotSeeNewline(string source, int start)
    {
        var depth = 0;
        var inClass = false;
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\')
            {
                if (i + 1 >= source.Length || source[i + 1] is 's' or 'W' or 'D' or 'n' or 'r' or 'x' or 'u' or 'c' or 'p' or 'P' or '0')
                {
                    return false;
                }

                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                if (i + 1 < source.Length && source[i + 1] == '^')
                {
                    return false;
                }

                inClass = true;
                i = SkipClassOpening(source, i);
            }
            else if (c == '.')
            {
                return false;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth-- == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A ']' right after '[' or '[^' belongs to the class: the index of the last opening character.
    private static int SkipClassOpening(string source, int open)
    {
        var i = open;
        if (i + 1 < source.Length && source[i + 1] == '^')
        {
            i++;
        }

        if (i + 1 < source.Length && source[i + 1] == ']')
        {
            i++;
        }

        return i;
    }
}
