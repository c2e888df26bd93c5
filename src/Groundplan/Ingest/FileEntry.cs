using Groundplan.Model;

namespace Groundplan.Ingest;

/// <summary>A file as a reader found it, before the codebase builder measures it.</summary>
internal sealed record FileEntry(string Path, string Text, long Size, ContentCompleteness Completeness = ContentCompleteness.Complete);
