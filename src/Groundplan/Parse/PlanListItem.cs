namespace Groundplan.Parse;

/// <summary>
/// A checklist list item as written: its bullet ("-", "*", "1."), its checkbox ("[ ]", "[x]", or null when there is none),
/// its text after the checkbox, its nesting depth (0 = task level), and its 1-based line and column of the bullet.
/// </summary>
public sealed record PlanListItem(string Bullet, string? Checkbox, string Text, int Depth, int Line, int Column);
