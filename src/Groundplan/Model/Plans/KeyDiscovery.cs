namespace Groundplan.Model.Plans;

/// <summary>A finding with its place in the code: <paramref name="Path"/> lines <paramref name="StartLine"/>..<paramref name="EndLine"/> (1-based, inclusive).</summary>
public sealed record KeyDiscovery(string Text, string Path, int StartLine, int EndLine)
{
    /// <summary>The 1-based line of the plan's Markdown this discovery was read from; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
