using System.Text;
using System.Text.RegularExpressions;

namespace Groundplan.Parse;

/// <summary>
/// A heading or label reduced to compare loosely: lower case, numbering ("8.", "3)") and a trailing parenthesis or colon
/// dropped, '&amp;' read as "and", apostrophes dropped, punctuation as spaces ("What We're NOT Doing:" gives "what were not doing").
/// </summary>
internal static partial class HeadingKey
{
    public static string Of(string text)
    {
        var trimmed = Numbering().Replace(text.Trim(), string.Empty);
        trimmed = TrailingParenthesis().Replace(trimmed, string.Empty);
        var key = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019'))
            {
                key.Append(' ');
            }
        }

        return string.Join(' ', key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^\d+[.)]?\s+")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\s*\([^()]*\)\s*:?\s*$")]
    private static partial Regex TrailingParenthesis();
}
