using Groundplan.Tokens;

namespace Groundplan.Model;

/// <summary>One file of a codebase, as Groundplan read it.</summary>
public sealed class SourceFile
{
    /// <summary>A <see cref="TokenCount"/> that leaves the count to the first read.</summary>
    public const int NotCounted = -1;

    private int _tokenCount = NotCounted;
    private ITokenCounter? _tokenCounter;

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

    /// <summary>
    /// The file's o200k_base tokens, counted on the trimmed text as repomix counts them. Set when the reader counted
    /// eagerly (pack needs every count, in parallel); otherwise counted on first read, so commands that never look at
    /// tokens (recon, lint) do not pay for them.
    /// </summary>
    public int TokenCount
    {
        get
        {
            // Two threads may both count; they get the same number, so the race is harmless.
            if (_tokenCount < 0)
            {
                _tokenCount = (_tokenCounter ?? TokenCounters.O200k).CountTokens(JsText.Trim(Text));
            }

            return _tokenCount;
        }

        init => _tokenCount = value < 0 ? NotCounted : value;
    }

    /// <summary>The counter used when <see cref="TokenCount"/> is read before it was set (o200k_base when null).</summary>
    public ITokenCounter? TokenCounter { init => _tokenCounter = value; }

    /// <summary>Where the file came from.</summary>
    public required FileOrigin Origin { get; init; }

    /// <summary>How much of the file's real content <see cref="Text"/> holds.</summary>
    public ContentCompleteness Completeness { get; init; } = ContentCompleteness.Complete;
}
