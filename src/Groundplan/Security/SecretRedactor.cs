using System.Text;

namespace Groundplan.Security;

/// <summary>Replaces secret values in a text with <c>[REDACTED:kind]</c>, keeping everything around them (key names, quotes, armor lines).</summary>
internal static class SecretRedactor
{
    public static string Redact(string text, IReadOnlyList<SecretMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var cursor = 0;
        foreach (var match in matches.OrderBy(m => m.Start))
        {
            if (match.Start < 0 || match.Length <= 0 || match.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(matches), $"A match ({match.Start}, {match.Length}) lies outside the text (length {text.Length}).");
            }

            // Overlapping matches hide the union of their spans behind the first one's label.
            if (match.Start < cursor)
            {
                cursor = Math.Max(cursor, match.End);
                continue;
            }

            builder.Append(text, cursor, match.Start - cursor).Append("[REDACTED:").Append(match.Kind).Append(']');
            cursor = match.End;
        }

        return builder.Append(text, cursor, text.Length - cursor).ToString();
    }
}
