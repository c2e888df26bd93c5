namespace Groundplan.Ingest.Packs;

/// <summary>
/// What repomix's file summary says about a pack: whether it is the whole codebase, which patterns
/// chose the files, and how the contents were processed. Repomix writes these as fixed sentences
/// (the generation header and the "- " notes), so they are matched literally.
/// </summary>
internal sealed record PackSummary
{
    private const string IncludedPrefix = "- Only files matching these patterns are included: ";
    private const string ExcludedPrefix = "- Files matching these patterns are excluded: ";

    /// <summary>True when the pack has a file summary at all; every other member is meaningful only then.</summary>
    public bool Present { get; init; }

    public bool IsSubset { get; init; }

    public string? IncludePatterns { get; init; }

    public string? IgnorePatterns { get; init; }

    public bool LineNumbers { get; init; }

    public bool Compressed { get; init; }

    public bool CommentsRemoved { get; init; }

    public bool EmptyLinesRemoved { get; init; }

    public bool Base64Truncated { get; init; }

    public static PackSummary From(PackDocument document)
    {
        if (!document.HasFileSummary)
        {
            return new PackSummary();
        }

        var header = document.Header ?? string.Empty;
        var notes = document.Notes ?? string.Empty;
        string? include = null;
        string? ignore = null;
        foreach (var raw in notes.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(IncludedPrefix, StringComparison.Ordinal))
            {
                include = line[IncludedPrefix.Length..];
            }
            else if (line.StartsWith(ExcludedPrefix, StringComparison.Ordinal))
            {
                ignore = line[ExcludedPrefix.Length..];
            }
        }

        bool Says(string inHeader, string inNotes) =>
            header.Contains(inHeader, StringComparison.Ordinal) || notes.Contains(inNotes, StringComparison.Ordinal);

        return new PackSummary
        {
            Present = true,
            IsSubset = header.Contains("a subset of the codebase", StringComparison.Ordinal) || include is not null || ignore is not null,
            IncludePatterns = include,
            IgnorePatterns = ignore,
            LineNumbers = Says("line numbers have been added", "- Line numbers have been added"),
            Compressed = Says("content has been compressed", "- Content has been compressed"),
            CommentsRemoved = Says("comments have been removed", "- Code comments have been removed"),
            EmptyLinesRemoved = Says("empty lines have been removed", "- Empty lines have been removed"),
            Base64Truncated = notes.Contains("- Long base64 data strings", StringComparison.Ordinal),
        };
    }
}
