namespace Groundplan.Lint.Markdown;

/// <summary>A fenced code block from its opening line to its closing line (inclusive, 1-based), with its info string.</summary>
internal sealed record Fence(int StartLine, int EndLine, string Info);
