namespace Groundplan.Tests.Tokens;

/// <summary>A corpus file and gpt-tokenizer's count for it.</summary>
internal sealed record ExpectedFile(string Path, int Count);
