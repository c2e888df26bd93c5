namespace Groundplan.Lint.Markdown;

/// <summary>A pipe table: its header cells and line, and each body row's cells and line.</summary>
internal sealed record MarkdownTable(int HeaderLine, IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows);
