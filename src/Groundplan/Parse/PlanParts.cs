using System.Text.RegularExpressions;
using Groundplan.Model.Plans;

namespace Groundplan.Parse;

/// <summary>Small readings shared by the format readers: checkboxes, step text, phase headings, file:line references.</summary>
internal static partial class PlanParts
{
    /// <summary>Splits a leading "[ ]" / "[x]" checkbox off an item's text; the checkbox is null when there is none.</summary>
    public static string StripCheckbox(string text, out string? checkbox)
    {
        var match = Checkbox().Match(text);
        checkbox = match.Success ? match.Groups["box"].Value : null;
        return match.Success ? text[match.Length..].Trim() : text.Trim();
    }

    public static string StripCheckbox(string text) => StripCheckbox(text, out _);

    /// <summary>A step from an item's text: "ASSUMPTION: x" becomes an assumption step with text "x".</summary>
    public static PlanStep Step(string itemText, int line)
    {
        var text = StripCheckbox(itemText);
        return StripAssumption(text, out var rest)
            ? new PlanStep(rest, IsAssumption: true) { SourceLine = line }
            : new PlanStep(text) { SourceLine = line };
    }

    public static bool StripAssumption(string text, out string rest)
    {
        var match = Assumption().Match(text);
        rest = match.Success ? text[match.Length..].Trim() : text;
        return match.Success;
    }

    /// <summary>"Not needed: reason" gives "reason"; false when the text does not start so.</summary>
    public static bool StripNotNeeded(string text, out string reason)
    {
        var match = NotNeeded().Match(text);
        reason = match.Success ? text[match.Length..].Trim() : text;
        return match.Success;
    }

    /// <summary>"Phase 2: Backend Logic" gives ("2", "Backend Logic"); false when the heading is not a phase.</summary>
    public static bool TryPhase(string heading, out string number, out string name)
    {
        var match = Phase().Match(heading);
        number = match.Success ? match.Groups["number"].Value : string.Empty;
        name = match.Success ? match.Groups["name"].Value.Trim() : heading;
        return match.Success;
    }

    /// <summary>"Finding (`path:12-18`)", or any text with a `path:line` code span; false without a file:line.</summary>
    public static bool TryDiscovery(string text, int line, out KeyDiscovery discovery)
    {
        discovery = new KeyDiscovery(text, string.Empty, 0, 0) { SourceLine = line };
        var trailing = TrailingReference().Match(text);
        if (trailing.Success && TryLocation(CodeSpanText.Whole(trailing.Groups["code"].Value), out var path, out var start, out var end))
        {
            discovery = new KeyDiscovery(trailing.Groups["text"].Value.Trim(), path, start, end) { SourceLine = line };
            return true;
        }

        foreach (var span in CodeSpanText.All(text))
        {
            if (TryLocation(span, out path, out start, out end))
            {
                discovery = new KeyDiscovery(text, path, start, end) { SourceLine = line };
                return true;
            }
        }

        return false;
    }

    /// <summary>"path:12" or "path:12-18".</summary>
    public static bool TryLocation(string? text, out string path, out int start, out int end)
    {
        var match = Location().Match(text ?? string.Empty);
        path = match.Success ? match.Groups["path"].Value : string.Empty;
        start = match.Success ? int.Parse(match.Groups["start"].Value) : 0;
        end = match.Success && match.Groups["end"].Success ? int.Parse(match.Groups["end"].Value) : start;
        return match.Success;
    }

    [GeneratedRegex(@"^(?<text>.*?)\s*\(\s*(?<code>`+[^`]+`+)\s*\)\s*\.?$")]
    private static partial Regex TrailingReference();

    [GeneratedRegex(@"^\s*(?:\*\*|_)?\s*not\s+needed\s*[:.\-\u2013\u2014]\s*(?:\*\*|_)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NotNeeded();

    [GeneratedRegex(@"^\[(?<box>[ xX]?)\]\s*")]
    private static partial Regex Checkbox();

    [GeneratedRegex(@"^(?:\*\*|__)?ASSUMPTION\s*:\s*(?:\*\*|__)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Assumption();

    [GeneratedRegex(@"^\s*phase\b\s*(?<number>[0-9]+[a-z]?)?\s*[:.\-\u2013\u2014)]?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Phase();

    [GeneratedRegex(@"^(?<path>[^\s:`]+):(?<start>\d{1,9})(?:\s*-\s*(?<end>\d{1,9}))?$")]
    private static partial Regex Location();
}
