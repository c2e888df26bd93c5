namespace Groundplan.Parse;

/// <summary>A heading as written: level 1-6, its text without the <c>#</c> markers, its 1-based line.</summary>
public sealed record PlanHeading(int Level, string Text, int Line);
