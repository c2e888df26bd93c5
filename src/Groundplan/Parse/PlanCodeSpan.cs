namespace Groundplan.Parse;

/// <summary>An inline code span: its content, 1-based line and column of the opening backtick, and the part it sits in.</summary>
public sealed record PlanCodeSpan(string Text, int Line, int Column, CodeSpanRole Role);
