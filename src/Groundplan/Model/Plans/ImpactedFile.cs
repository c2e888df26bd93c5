namespace Groundplan.Model.Plans;

/// <summary>A row of the impact map.</summary>
public sealed record ImpactedFile(string Path, ChangeType Change, string Why)
{
    /// <summary>The 1-based line of the plan's Markdown this row was read from; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
