using System.Text.RegularExpressions;

namespace Groundplan.Lint.Markdown;

/// <summary>Heading names compared loosely: numbering, emphasis, case and "and"/"&amp;" do not matter.</summary>
internal static partial class SectionNames
{
    public static string Normalize(string heading)
    {
        var text = heading.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal).Trim();
        text = Numbering().Replace(text, "");
        text = Parenthetical().Replace(text, "");
        text = text.Replace(" and ", " & ", StringComparison.OrdinalIgnoreCase).Replace('’', '\'').Trim().TrimEnd(':').Trim();
        return Spaces().Replace(text.ToLowerInvariant(), " ");
    }

    [GeneratedRegex(@"^(\d+[.)]\s*)+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s*\((if applicable|only|optional)[^)]*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
