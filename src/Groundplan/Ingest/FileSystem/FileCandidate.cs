namespace Groundplan.Ingest.FileSystem;

/// <summary>A file the walk kept, to be read.</summary>
/// <param name="Path">Repo-relative, '/'-separated.</param>
/// <param name="FullPath">Where it is on disk.</param>
/// <param name="Length">Its size when listed.</param>
internal sealed record FileCandidate(string Path, string FullPath, long Length);
