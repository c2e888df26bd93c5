namespace Groundplan.Parse;

/// <summary>A table row's cells (raw Markdown, trimmed) and its 1-based line.</summary>
public sealed record PlanTableRow(IReadOnlyList<string> Cells, int Line);
