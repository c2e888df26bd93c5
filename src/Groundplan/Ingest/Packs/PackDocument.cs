namespace Groundplan.Ingest.Packs;

/// <summary>The sections of a pack a style reader found, before they are checked and turned into entries.</summary>
internal sealed class PackDocument
{
    /// <summary>The generation header ("This file is a merged representation of ..."), when the file summary is present.</summary>
    public string? Header { get; set; }

    /// <summary>The notes of the file summary (one "- " line per note), when present.</summary>
    public string? Notes { get; set; }

    /// <summary>The directory structure, when the section is present.</summary>
    public DirectoryTree? Tree { get; set; }

    /// <summary>Whether the pack has a files section at all (repomix's <c>--no-files</c> leaves it out).</summary>
    public bool HasFilesSection { get; set; }

    public List<PackedFile> Files { get; } = [];

    public bool HasFileSummary => Header is not null || Notes is not null;
}
