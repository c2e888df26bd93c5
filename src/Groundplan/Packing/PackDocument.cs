namespace Groundplan.Packing;

/// <summary>Everything a pack renderer writes: the header lines, the tree and the files, already selected and redacted.</summary>
internal sealed record PackDocument(
    string Description,
    IReadOnlyList<string> Notes,
    string? DirectoryTree,
    IReadOnlyList<PackedFile> Files,
    bool FileSummary);
