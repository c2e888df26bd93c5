using System.Runtime.CompilerServices;
using static Groundplan.Tokens.CodePointClassifier;

namespace Groundplan.Tokens;

/// <summary>Splits text into the pieces that o200k_base encodes one at a time.</summary>
/// <remarks>
/// A hand-written equivalent of gpt-tokenizer's split pattern run as a JavaScript <c>u</c>-flagged regex
/// (alternatives tried in order, greedy quantifiers that backtrack):
/// <code>
/// [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:'s|'t|'re|'ve|'m|'ll|'d)?   (contractions in any case)
/// |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:'s|'t|'re|'ve|'m|'ll|'d)?
/// |\p{N}{1,3}
/// | ?[^\s\p{L}\p{N}]+[\r\n/]*
/// |\s*[\r\n]+
/// |\s+(?!\S)
/// |\s+
/// </code>
/// Every code point starts some alternative, so the pieces cover the text without gaps.
/// </remarks>
internal static class O200kPreTokenizer
{
    /// <summary>The end (exclusive) of the piece that starts at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int PieceEnd(ReadOnlySpan<char> text, int start)
    {
        var first = Read(text, start, out var firstLength);
        var next = start + firstLength;
        var hasNext = next < text.Length;

        // First alternative, with the optional prefix character taken, then without it.
        if (hasNext && IsWordPrefix(first) && WordEnd(text, next) is var prefixed and >= 0)
        {
            return prefixed;
        }

        if ((first & (CodePointClass.Upper | CodePointClass.Lower)) != 0 && WordEnd(text, start) is var bare and >= 0)
        {
            return bare;
        }

        // Second alternative. The first failed, so the upper run holds no lower-class code point and none follows it: W* is empty.
        if (hasNext && IsWordPrefix(first) && (Read(text, next, out _) & CodePointClass.Upper) != 0)
        {
            return ContractionEnd(text, UpperRunEnd(text, next));
        }

        if ((first & CodePointClass.Upper) != 0)
        {
            return ContractionEnd(text, UpperRunEnd(text, start));
        }

        if ((first & CodePointClass.Number) != 0)
        {
            return DigitsEnd(text, next);
        }

        if (text[start] == ' ' && hasNext && IsPunctuation(Read(text, next, out _)))
        {
            return PunctuationEnd(text, next);
        }

        if (IsPunctuation(first))
        {
            return PunctuationEnd(text, next);
        }

        return WhiteSpaceEnd(text, start);
    }

    // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+ then an optional contraction, or -1.
    // The greedy upper run backtracks until the lower run can start: either right after the whole upper
    // run, or at the last code point of the run that belongs to both classes (and then ends with it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        var lastSharedEnd = -1;
        while (position < text.Length)
        {
            var c = Read(text, position, out var length);
            if ((c & CodePointClass.Upper) == 0)
            {
                break;
            }

            position += length;
            if ((c & CodePointClass.Lower) != 0)
            {
                lastSharedEnd = position;
            }
        }

        if (position < text.Length && (Read(text, position, out _) & CodePointClass.Lower) != 0)
        {
            return ContractionEnd(text, RunEnd(text, position, CodePointClass.Lower));
        }

        return lastSharedEnd < 0 ? -1 : ContractionEnd(text, lastSharedEnd);
    }

    private static int UpperRunEnd(ReadOnlySpan<char> text, int start) => RunEnd(text, start, CodePointClass.Upper);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RunEnd(ReadOnlySpan<char> text, int start, CodePointClass required)
    {
        var position = start;
        while (position < text.Length && (Read(text, position, out var length) & required) != 0)
        {
            position += length;
        }

        return position;
    }

    // (?:'[sS]|'[dD]|'[mM]|'[tT]|'[lL][lL]|'[vV][eE]|'[rR][eE])? — OR-ing 0x20 lower-cases ASCII letters and maps nothing else onto them.
    private static int ContractionEnd(ReadOnlySpan<char> text, int position)
    {
        if (position + 1 >= text.Length || text[position] != '\'')
        {
            return position;
        }

        var first = text[position + 1] | 0x20;
        if (first is 's' or 'd' or 'm' or 't')
        {
            return position + 2;
        }

        if (position + 2 < text.Length)
        {
            var second = text[position + 2] | 0x20;
            if ((first == 'l' && second == 'l') || (first == 'v' && second == 'e') || (first == 'r' && second == 'e'))
            {
                return position + 3;
            }
        }

        return position;
    }

    // \p{N}{1,3}, with the first number already consumed.
    private static int DigitsEnd(ReadOnlySpan<char> text, int position)
    {
        for (var taken = 1; taken < 3 && position < text.Length; taken++)
        {
            if ((Read(text, position, out var length) & CodePointClass.Number) == 0)
            {
                break;
            }

            position += length;
        }

        return position;
    }

    // [^\s\p{L}\p{N}]+[\r\n/]*, with the first punctuation code point at start.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PunctuationEnd(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        while (position < text.Length && IsPunctuation(Read(text, position, out var length)))
        {
            position += length;
        }

        while (position < text.Length && text[position] is '\r' or '\n' or '/')
        {
            position++;
        }

        return position;
    }

    // \s*[\r\n]+ | \s+(?!\S) | \s+ over the maximal white-space run. Every JS white-space character is one UTF-16 unit.
    private static int WhiteSpaceEnd(ReadOnlySpan<char> text, int start)
    {
        var position = start;
        var lastBreakEnd = -1;
        while (position < text.Length && (Read(text, position, out _) & CodePointClass.Space) != 0)
        {
            if (text[position] is '\r' or '\n')
            {
                lastBreakEnd = position + 1;
            }

            position++;
        }

        if (lastBreakEnd >= 0)
        {
            return lastBreakEnd;
        }

        if (position == text.Length || position - start == 1)
        {
            return position;
        }

        return position - 1;
    }
}
