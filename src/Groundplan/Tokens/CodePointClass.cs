namespace Groundplan.Tokens;

/// <summary>What the o200k_base split pattern needs to know about one code point.</summary>
/// <remarks>
/// The pattern's two letter classes overlap: <see cref="Upper"/> is <c>[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]</c> and
/// <see cref="Lower"/> is <c>[\p{Ll}\p{Lm}\p{Lo}\p{M}]</c>, so modifier and other letters and marks carry both flags.
/// </remarks>
[Flags]
internal enum CodePointClass : byte
{
    None = 0,
    Upper = 1,
    Lower = 2,
    Letter = 4,
    Number = 8,

    /// <summary>JavaScript's <c>\s</c>, which is not .NET's <see cref="char.IsWhiteSpace(char)"/> (it has U+FEFF and lacks U+0085).</summary>
    Space = 16,

    /// <summary>Carriage return or line feed, which the pattern treats apart from other white space.</summary>
    LineBreak = 32,
}
