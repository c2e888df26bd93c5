namespace Groundplan.Model;

/// <summary>The in-memory model of a codebase every stage works from.</summary>
public sealed class Codebase
{
    private Dictionary<string, SourceFile>? _byPath;

    /// <summary>Where the codebase came from.</summary>
    public required FileOrigin Origin { get; init; }

    /// <summary>The files with content, sorted by path (ordinal).</summary>
    public required IReadOnlyList<SourceFile> Files { get; init; }

    /// <summary>Paths known to exist (from a directory tree or listing) whose content the source did not include, sorted.</summary>
    public IReadOnlyList<string> ListedPaths { get; init; } = [];

    /// <summary>What the source did not show.</summary>
    public IReadOnlyList<UnknownPart> Unknowns { get; init; } = [];

    /// <summary>Files skipped or read with a caveat.</summary>
    public IReadOnlyList<IngestNote> Notes { get; init; } = [];

    /// <summary>Lines a context document gave as its tech stack, verbatim; empty for other sources.</summary>
    public IReadOnlyList<string> DeclaredStack { get; init; } = [];

    /// <summary>The sum of the files' token counts.</summary>
    public long TotalTokens => Files.Sum(f => (long)f.TokenCount);

    /// <summary>Whether the source showed the whole codebase (no unknown parts).</summary>
    public bool IsComplete => Unknowns.Count == 0;

    /// <summary>The file at <paramref name="path"/> (exact, case-sensitive), or null.</summary>
    public SourceFile? Find(string path)
    {
        // Recon calls this from several threads; build the map once.
        var byPath = LazyInitializer.EnsureInitialized(ref _byPath, () => Files.ToDictionary(f => f.Path, StringComparer.Ordinal));
        return byPath.GetValueOrDefault(path);
    }
}
