namespace Groundplan.Tests.Tokens;

/// <summary>A text with gpt-tokenizer's count, token ids, and the UTF-16 length of each piece its split pattern cuts.</summary>
internal sealed record ExpectedText(string Name, string Text, int Count, int[] Tokens, int[] PieceLengths);
