namespace Groundplan.Ingest.Ignore;

/// <summary>The ignore files in force for one folder: its own, then its parents' (immutable, so walkers can share it).</summary>
/// <param name="List">The patterns of the deepest folder that has any.</param>
/// <param name="Parent">The chain of the folders above, or null at the top.</param>
internal sealed record IgnoreChain(IgnoreList List, IgnoreChain? Parent);
