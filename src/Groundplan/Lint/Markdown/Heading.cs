namespace Groundplan.Lint.Markdown;

/// <summary>An ATX heading: <c>#</c>..<c>######</c>, its text without the markers, its 1-based line.</summary>
internal sealed record Heading(int Level, string Text, int Line);
