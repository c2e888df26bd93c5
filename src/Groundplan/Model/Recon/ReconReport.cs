namespace Groundplan.Model.Recon;

/// <summary>What recon established about a codebase: facts with evidence, the symbol index and the import graph.</summary>
public sealed class ReconReport
{
    /// <summary>The facts, ordered by topic, name and value.</summary>
    public required IReadOnlyList<ReconFact> Facts { get; init; }

    /// <summary>Every definition found, ordered by path and line.</summary>
    public required IReadOnlyList<CodeSymbol> Symbols { get; init; }

    /// <summary>Every import found, ordered by path and line.</summary>
    public required IReadOnlyList<ImportEdge> Imports { get; init; }

    /// <summary>Problems recon hit (a detector that failed, a file it could not parse), one line each.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>The facts about <paramref name="topic"/>.</summary>
    public IEnumerable<ReconFact> About(string topic) => Facts.Where(f => f.Topic == topic);
}
