namespace Groundplan.Tokens;

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

    /// <summary>ECMAScript WhiteSpace and LineTerminator: the Zs category plus TAB, VT, FF, ZWNBSP, LF, CR, LS and PS.</summary>
    public static bool IsJsWhiteSpace(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x00A0 or 0x1680 or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 or 0xFEFF => true,
        >= 0x2000 and <= 0x200A => true,
        _ => false,
    };
}
