namespace Groundplan.Ingest.Git;

/// <summary>One commit of a history: what changed and when.</summary>
/// <param name="Sha">The full commit id.</param>
/// <param name="CommitTime">The committer timestamp, in Unix seconds, as recorded in the commit (not the clock).</param>
/// <param name="Paths">The paths the commit changed against its first parent (none for merges), from the top of the repository.</param>
internal sealed record CommitInfo(string Sha, long CommitTime, IReadOnlyList<string> Paths);
