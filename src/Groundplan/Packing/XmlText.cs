namespace Groundplan.Packing;

/// <summary>Keeps text representable in XML 1.0, which cannot carry most control characters or lone surrogates.</summary>
internal static class XmlText
{
    /// <summary>Returns <paramref name="text"/> with characters XML 1.0 forbids replaced by U+FFFD, and whether any were.</summary>
    public static string Sanitize(string text, out bool changed)
    {
        changed = false;
        char[]? copy = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');
            if (!ok && char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!ok)
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
                changed = true;
            }
        }

        return copy is null ? text : new string(copy);
    }
}
