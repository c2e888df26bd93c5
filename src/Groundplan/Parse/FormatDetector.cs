using System.Text.RegularExpressions;
using Groundplan.Render;

namespace Groundplan.Parse;

/// <summary>Recognises a plan's format from its headings: each format's title and its characteristic headings score points.</summary>
internal static partial class FormatDetector
{
    private static readonly string[] BlueprintKeys = ["overview", "current state analysis", "desired end state", "key discoveries", "what were not doing", "implementation approach", "changes required"];

    /// <summary>Whether a heading reads as some format's title.</summary>
    public static bool IsTitle(string heading) =>
        ChecklistTitle().IsMatch(heading) || SpecTitle().IsMatch(heading) || BlueprintTitle().IsMatch(heading);

    public static PlanFormat Detect(string text, IReadOnlyList<PlanHeading> headings)
    {
        if (text.TrimStart().StartsWith('{'))
        {
            return PlanFormat.Json;
        }

        var checklist = 0;
        var spec = 0;
        var blueprint = 0;
        var specKeys = Render.SpecHeadings.InOrder.Select(HeadingKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var key = HeadingKey.Of(heading.Text);
            checklist += ChecklistTitle().IsMatch(heading.Text) ? 10 : 0;
            spec += SpecTitle().IsMatch(heading.Text) ? 10 : specKeys.Contains(key) ? 1 : 0;
            blueprint += BlueprintTitle().IsMatch(heading.Text) ? 10 : BlueprintKeys.Contains(key) ? 1 : 0;
            checklist += heading.Level >= 4 && key.StartsWith("phase ", StringComparison.Ordinal) ? 1 : 0;
        }

        checklist += text.Contains("[ ] **", StringComparison.Ordinal) ? 2 : 0;
        return blueprint > spec && blueprint > checklist ? PlanFormat.Blueprint
            : spec > checklist ? PlanFormat.Spec
            : PlanFormat.Checklist;
    }

    [GeneratedRegex(@"^\s*implementation\s+plan\s*[:\-\u2013\u2014]", RegexOptions.IgnoreCase)]
    internal static partial Regex ChecklistTitle();

    [GeneratedRegex(@"^\s*plan\s*:", RegexOptions.IgnoreCase)]
    internal static partial Regex SpecTitle();

    [GeneratedRegex(@"\S\s+implementation\s+plan\s*$", RegexOptions.IgnoreCase)]
    internal static partial Regex BlueprintTitle();
}
