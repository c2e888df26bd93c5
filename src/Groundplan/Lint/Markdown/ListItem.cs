namespace Groundplan.Lint.Markdown;

/// <summary>
/// A list item line: its indentation, its marker (<c>-</c>, <c>*</c>, <c>+</c> or <c>1.</c>), whether it has a
/// checkbox (<see cref="Box"/> is ' ' or 'x', or null) and its text after the marker and box.
/// </summary>
internal sealed record ListItem(int Line, int Indent, string Marker, char? Box, string Text, int TextColumn);
