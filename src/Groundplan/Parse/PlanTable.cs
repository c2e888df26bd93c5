namespace Groundplan.Parse;

/// <summary>
/// A pipe table as written (the spec's impacted-files table): header cells and rows, each cell's raw Markdown with escaped
/// pipes unescaped, with 1-based lines.
/// </summary>
public sealed record PlanTable(IReadOnlyList<string> Header, int Line, IReadOnlyList<PlanTableRow> Rows);
