namespace Groundplan.Model;

/// <summary>One file of a codebase, as Groundplan read it.</summary>
public sealed class SourceFile
{
    /// <summary>The repo-relative path, '/'-separated, exactly as the source named it.</summary>
    public required string Path { get; init; }

    /// <summary>The language id (the Markdown fence name, e.g. <c>typescript</c>), or empty when unknown.</summary>
    public required string Language { get; init; }

    /// <summary>The size in bytes of the file as stored (UTF-8 bytes for files read from text sources).</summary>
    public required long Size { get; init; }

    /// <summary>The number of lines of <see cref="Text"/>.</summary>
    public required int LineCount { get; init; }

    /// <summary>The file's text.</summary>
    public required string Text { get; init; }

    /// <summary>The o200k_base token count of the text, counted the way repomix counts it.</summary>
    public required int TokenCount { get; init; }

    /// <summary>Where the file came from.</summary>
    public required FileOrigin Origin { get; init; }

    /// <summary>How much of the file's real content <see cref="Text"/> holds.</summary>
    public ContentCompleteness Completeness { get; init; } = ContentCompleteness.Complete;
}
