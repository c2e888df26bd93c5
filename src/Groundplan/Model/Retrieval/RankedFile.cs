namespace Groundplan.Model.Retrieval;

/// <summary>An existing file the request is likely to touch, its score, the reasons for it, and its matching symbols.</summary>
public sealed record RankedFile(string Path, double Score, IReadOnlyList<RankReason> Reasons, IReadOnlyList<RankedSymbol> Symbols);
