namespace Groundplan.Ingest;

/// <summary>Text helpers that behave exactly like JavaScript's, where repomix's numbers depend on them.</summary>
internal static class JsText
{
    /// <summary>String.prototype.trim: strips WhiteSpace and LineTerminator code points (which include U+FEFF, unlike <see cref="string.Trim()"/>).</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsJsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsJsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static bool IsJsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
