namespace Groundplan.Retrieve.Terms;

/// <summary>
/// A deliberately light suffix stripper: plurals, -ing, -ed and a final -e, so "delete", "deleted", "deletes"
/// and "deleting" meet, while short words and words like "status" or "string" stay whole.
/// </summary>
internal static class Stemmer
{
    /// <summary>Stems the lower-case word in <paramref name="word"/> in place and returns its new length.</summary>
    public static int Stem(Span<char> word, int length)
    {
        if (length <= 3)
        {
            return length;
        }

        var w = word[..length];
        if (w.EndsWith("ies") && length > 4)
        {
            word[length - 3] = 'y';
            return length - 2;
        }

        if (w.EndsWith("s") && !w.EndsWith("ss") && !w.EndsWith("us") && !w.EndsWith("is"))
        {
            length--;
        }

        w = word[..length];
        if (w.EndsWith("ing") && length - 3 >= 4)
        {
            length -= 3;
        }
        else if (w.EndsWith("ed") && length - 2 >= 3 && !w.EndsWith("eed"))
        {
            length -= 2;
        }

        if (length > 3 && word[length - 1] == 'e')
        {
            length--;
        }

        return length;
    }

    /// <summary>The stem of a whole word.</summary>
    public static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[Math.Max(word.Length, 1)];
        var lower = word.ToLowerInvariant();
        lower.AsSpan().CopyTo(buffer);
        return new string(buffer[..Stem(buffer, lower.Length)]);
    }
}
