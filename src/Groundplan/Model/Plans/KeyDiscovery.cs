namespace Groundplan.Model.Plans;

/// <summary>A finding with its place in the code: <paramref name="Path"/> lines <paramref name="StartLine"/>..<paramref name="EndLine"/> (1-based, inclusive).</summary>
public sealed record KeyDiscovery(string Text, string Path, int StartLine, int EndLine);
