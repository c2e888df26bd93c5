using System.Text.RegularExpressions;
using Groundplan.Model;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>
/// The lines of a text that a line pattern matches, in order, each with its first match: the pattern's whole-text form
/// finds the candidate lines at the speed of its literal search, and the pattern itself confirms each one on the line
/// alone. Nothing but the candidates is split out of the text, which is what matching line by line spent most on.
/// </summary>
internal static class LineScan
{
    /// <summary>
    /// Every line (1-based number and text without its line break) of <paramref name="text"/> that <paramref name="pattern"/>
    /// matches, skipping those <paramref name="skip"/> rejects; the same lines, matches and order as splitting the text on
    /// '\n' (cutting a trailing '\r') and matching each. Null when the pattern has no whole-text form (see
    /// <see cref="LinePrefilter"/>): then only matching line by line is exact.
    /// </summary>
    public static IEnumerable<(int Line, string Text, Match Match)>? Matches(Regex pattern, string text, Func<string, bool>? skip = null) =>
        LinePrefilter.WholeTextForm(pattern) is { } whole ? Candidates(pattern, whole, text, skip) : null;

    /// <summary>
    /// <see cref="Matches"/> for <paramref name="file"/>, or, for a pattern without a whole-text form, every line of the
    /// file (split once per run by <paramref name="context"/>) matched one by one: the same lines either way.
    /// </summary>
    public static IEnumerable<(int Line, string Text, Match Match)> In(ReconContext context, SourceFile file, Regex pattern, Func<string, bool>? skip = null) =>
        Matches(pattern, file.Text, skip) ?? ByLine(context.Lines(file), pattern, skip);

    private static IEnumerable<(int Line, string Text, Match Match)> ByLine(IReadOnlyList<string> lines, Regex pattern, Func<string, bool>? skip)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if ((skip is null || !skip(lines[i])) && pattern.Match(lines[i]) is { Success: true } match)
            {
                yield return (i + 1, lines[i], match);
            }
        }
    }

    private static IEnumerable<(int Line, string Text, Match Match)> Candidates(Regex pattern, Regex whole, string text, Func<string, bool>? skip)
    {
        var position = 0;
        var line = 1;
        var counted = 0;
        while (position <= text.Length && whole.Match(text, position) is { Success: true } found)
        {
            var start = found.Index == 0 ? 0 : text.LastIndexOf('\n', found.Index - 1) + 1;
            line += text.AsSpan(counted, start - counted).Count('\n');
            counted = start;
            var end = text.IndexOf('\n', start);
            var lineText = text.AsSpan(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r').ToString();
            if ((skip is null || !skip(lineText)) && pattern.Match(lineText) is { Success: true } match)
            {
                yield return (line, lineText, match);
            }

            // A whole-text match may run past its line and hide the next line's own: search on from the next line.
            if (end < 0)
            {
                yield break;
            }

            position = end + 1;
        }
    }
}
