using System.Globalization;

namespace Groundplan.Tokens;

/// <summary>Classifies code points the way JavaScript's Unicode-aware regular expressions do.</summary>
internal static class CodePointClassifier
{
    private static readonly CodePointClass[] AsciiClasses = BuildAsciiClasses();

    /// <summary>The class of the code point at <paramref name="index"/> and its length in UTF-16 units.</summary>
    /// <remarks>A lone surrogate is a code point of its own (category Cs), as in a <c>u</c>-flagged JS regex.</remarks>
    public static CodePointClass Read(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (c < 128)
        {
            length = 1;
            return AsciiClasses[c];
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return Classify(char.ConvertToUtf32(c, text[index + 1]));
        }

        length = 1;
        return Classify(c);
    }

    /// <summary>True for <c>[^\r\n\p{L}\p{N}]</c>, the optional character before a word.</summary>
    public static bool IsWordPrefix(CodePointClass c) => (c & (CodePointClass.Letter | CodePointClass.Number | CodePointClass.LineBreak)) == 0;

    /// <summary>True for <c>[^\s\p{L}\p{N}]</c>, punctuation and symbols (and marks, which are not letters).</summary>
    public static bool IsPunctuation(CodePointClass c) => (c & (CodePointClass.Letter | CodePointClass.Number | CodePointClass.Space)) == 0;

    private static CodePointClass Classify(int codePoint)
    {
        if (JsText.IsJsWhiteSpace(codePoint))
        {
            return codePoint is '\r' or '\n' ? CodePointClass.Space | CodePointClass.LineBreak : CodePointClass.Space;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CodePointClass.Upper | CodePointClass.Letter,
            UnicodeCategory.LowercaseLetter => CodePointClass.Lower | CodePointClass.Letter,
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CodePointClass.Upper | CodePointClass.Lower | CodePointClass.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CodePointClass.Upper | CodePointClass.Lower,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CodePointClass.Number,
            _ => CodePointClass.None,
        };
    }


    private static CodePointClass[] BuildAsciiClasses()
    {
        var classes = new CodePointClass[128];
        for (var c = 0; c < classes.Length; c++)
        {
            classes[c] = Classify(c);
        }

        return classes;
    }
}
