namespace Groundplan.Recon.Symbols.Go;

internal enum GoTokenKind
{
    Identifier,
    String,
    Rune,
    Number,
    Punctuation,
    Semicolon,
}
