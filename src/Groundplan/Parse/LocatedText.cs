namespace Groundplan.Parse;

/// <summary>A piece of the plan's text as written, at its 1-based line.</summary>
public sealed record LocatedText(string Text, int Line);
