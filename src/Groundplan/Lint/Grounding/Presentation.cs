using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;

namespace Groundplan.Lint.Grounding;

/// <summary>How a plan presents a symbol: as something that exists (call it, reuse it) or as something it creates.</summary>
internal static partial class Presentation
{
    // How far before a span a cue is looked for: a sentence's cue sits within a few words of what it names, and matching
    // end-anchored cue patterns from every position of a long line was a large part of lint's time on long plans.
    private const int CueReach = 160;

    /// <summary>
    /// Where the text that can cue <paramref name="span"/> starts on its line: after the previous span (a cue belongs to the
    /// span right after it: in "calls `a` and updates `b`", "calls" says nothing about `b`), and at most 160 characters back.
    /// </summary>
    public static int CueStart(LintDocument document, CodeSpan span)
    {
        var previousEnd = 0;
        foreach (var other in document.SpansOn(span.Line))
        {
            if (other.End <= span.Start && other.End > previousEnd)
            {
                previousEnd = other.End;
            }
        }

        return Math.Max(previousEnd, span.Start - CueReach);
    }

    /// <summary>True when the nearest cue before the span, in its sentence, says the symbol already exists.</summary>
    public static bool PresentsAsExisting(LintDocument document, CodeSpan span)
    {
        var line = document.Prose(span.Line);
        var before = line[CueStart(document, span)..span.Start];
        var sentence = SentenceStart().Match(before) is { Success: true } m ? before[(m.Index + m.Length)..] : before;
        var existing = LastIndex(ExistingCue(), sentence);
        var creating = LastIndex(CreatingCue(), sentence);
        if (ExistingAfter().IsMatch(line[Math.Min(span.End, line.Length)..]))
        {
            return true;
        }

        return existing >= 0 && existing > creating;
    }

    /// <summary>True when the span's sentence creates what it names ("Create a new function `x()`").</summary>
    public static bool PresentsAsCreated(LintDocument document, CodeSpan span)
    {
        var before = document.Prose(span.Line)[CueStart(document, span)..span.Start];
        var sentence = SentenceStart().Match(before) is { Success: true } m ? before[(m.Index + m.Length)..] : before;
        return LastIndex(CreatingCue(), sentence) > LastIndex(ExistingCue(), sentence);
    }

    private static int LastIndex(Regex regex, string text)
    {
        var matches = regex.Matches(text);
        return matches.Count == 0 ? -1 : matches[^1].Index;
    }

    [GeneratedRegex(@".*(?:[.;!?]\s|:\s(?=[A-Z]))")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"\b(call|calls|calling|invoke|invokes|reuse|reuses|reusing|existing|referencing|follow|following|wrap|wraps|extend|extends|import|imports|via|mirror|mirrors|like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExistingCue();

    [GeneratedRegex(@"\b(create|creates|creating|add|adds|adding|write|writes|define|defines|implement|implements|new|introduce|introduces|export|exports|declare|declares|rename|named|called|name it|generate|test|tests|verify|assert)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreatingCue();

    [GeneratedRegex(@"^\s*(\(existing|\s*already exists|\s*exists\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ExistingAfter();
}
