namespace Groundplan.Packing;

/// <summary>Everything a pack renderer writes: the header lines, the tree and the files, already selected and redacted.</summary>
internal sealed record PackLayout(
    string Description,
    IReadOnlyList<string> Notes,
    string? DirectoryTree,
    IReadOnlyList<PackLayoutFile> Files,
    bool FileSummary);
