namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>
/// Steps over C# character and string literals (regular, verbatim, interpolated, raw) so a brace count can ignore
/// the braces and quotes inside them. False means the literal is not one this reader is sure of.
/// </summary>
internal static class CSharpLiteralSkipper
{
    // '\u0041' is the longest escape a character literal holds.
    private const int MaxCharacterLiteral = 12;

    /// <summary>From the opening quote of a character literal to just after its closing one.</summary>
    public static bool SkipCharacter(string text, ref int pos)
    {
        var i = pos + 1;
        var limit = Math.Min(text.Length, pos + MaxCharacterLiteral);
        while (i < limit && text[i] is not ('\'' or '\n'))
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        if (i >= limit || text[i] != '\'')
        {
            return false;
        }

        pos = i + 1;
        return true;
    }

    /// <summary>From a string literal's first character (a quote, $ or @) to just after its closing quote.</summary>
    public static bool SkipString(string text, ref int pos)
    {
        var i = pos;
        var dollars = 0;
        var verbatim = false;
        while (i < text.Length && text[i] is '$' or '@')
        {
            dollars += text[i] == '$' ? 1 : 0;
            verbatim |= text[i] == '@';
            i++;
        }

        var quotes = 0;
        while (i + quotes < text.Length && text[i + quotes] == '"')
        {
            quotes++;
        }

        if (quotes == 0)
        {
            return false;
        }

        if (quotes >= 3)
        {
            // A raw literal ends at as many quotes as opened it; interpolated ones are left to Roslyn.
            var close = dollars == 0 && !verbatim ? text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal) : -1;
            pos = close + quotes;
            return close >= 0;
        }

        if (dollars > 1)
        {
            return false;
        }

        return Skip(text, ref pos, i + 1, verbatim, dollars == 1);
    }

    // The body of a one-quote literal, from just after its opening quote.
    private static bool Skip(string text, ref int pos, int i, bool verbatim, bool interpolated)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i += 2;
                    continue;
                }

                pos = i + 1;
                return true;
            }

            if (c == '\n' && !verbatim)
            {
                return false;
            }

            if (c == '\\' && !verbatim)
            {
                i += 2;
                continue;
            }

            if (interpolated && c is '{' or '}')
            {
                if (i + 1 < text.Length && text[i + 1] == c)
                {
                    i += 2; // {{ and }} are the braces themselves
                    continue;
                }

                if (c == '{' && !SkipHole(text, ref i))
                {
                    return false;
                }

                if (c == '}')
                {
                    i++;
                }

                continue;
            }

            i++;
        }

        return false;
    }

    // An interpolation hole, from its '{' to just after its '}': code, with its own literals and brackets.
    private static bool SkipHole(string text, ref int i)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '"' or '$' or '@' when c == '"' || (i + 1 < text.Length && text[i + 1] is '"' or '$' or '@'):
                    if (!SkipString(text, ref i))
                    {
                        return false;
                    }

                    continue;
                case '\'':
                    if (!SkipCharacter(text, ref i))
                    {
                        return false;
                    }

                    continue;
                case '{' or '(' or '[':
                    depth++;
                    break;
                case '}' or ')' or ']':
                    if (--depth == 0)
                    {
                        i++;
                        return c == '}';
                    }

                    break;
            }

            i++;
        }

        return false;
    }
}
