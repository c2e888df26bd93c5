namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>One Ruby token with its 1-based line.</summary>
/// <remarks>
/// <c>AfterDot</c>: written right after <c>.</c>, <c>&amp;.</c> or <c>::</c>, so a method name even when it spells a keyword (<c>x.class</c>).
/// <c>SpaceBefore</c>: preceded by white space, which tells <c>def name=(v)</c> from an endless <c>def name = v</c>.
/// For strings <c>Text</c> is the content when it has no interpolation.
/// </remarks>
internal readonly record struct RubyToken(RubyTokenKind Kind, string Text, int Line, bool AfterDot = false, bool SpaceBefore = false)
{
    /// <summary>Whether this is the keyword <paramref name="keyword"/> (not a method call or label that spells it).</summary>
    public bool IsKeyword(string keyword) => Kind == RubyTokenKind.Identifier && !AfterDot && Text == keyword;

    public bool IsPunctuation(string text) => Kind == RubyTokenKind.Punctuation && Text == text;
}
