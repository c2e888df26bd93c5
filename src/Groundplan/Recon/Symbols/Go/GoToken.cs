namespace Groundplan.Recon.Symbols.Go;

/// <summary>One Go token: an identifier or keyword, a literal, punctuation, or a semicolon (written or inserted at a line end).</summary>
/// <remarks>For strings and runes, <c>Text</c> is the value without quotes (escapes left as written); raw strings can end on a later line.</remarks>
internal readonly record struct GoToken(GoTokenKind Kind, string Text, int Line, int EndLine)
{
    public bool Is(string text) => Text == text && Kind is GoTokenKind.Identifier or GoTokenKind.Punctuation;
}
