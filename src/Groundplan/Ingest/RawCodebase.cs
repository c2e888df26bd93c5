using Groundplan.Model;

namespace Groundplan.Ingest;

/// <summary>What a reader found, before measuring: the entries and everything it knows it does not know.</summary>
internal sealed record RawCodebase(FileOrigin Origin, IReadOnlyList<FileEntry> Entries)
{
    public IReadOnlyList<IngestNote> Notes { get; init; } = [];

    public IReadOnlyList<string> ListedPaths { get; init; } = [];

    public IReadOnlyList<UnknownPart> Unknowns { get; init; } = [];

    public IReadOnlyList<string> DeclaredStack { get; init; } = [];
}
