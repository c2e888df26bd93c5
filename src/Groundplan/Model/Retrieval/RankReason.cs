namespace Groundplan.Model.Retrieval;

/// <summary>
/// Why a file ranks where it does: the <paramref name="Signal"/> ("lexical", "graph", "stack", "test", "history",
/// "structural"), a human <paramref name="Detail"/> naming the terms, symbols or neighbours involved, and the share of
/// the score it contributed.
/// </summary>
public sealed record RankReason(string Signal, string Detail, double Contribution);
