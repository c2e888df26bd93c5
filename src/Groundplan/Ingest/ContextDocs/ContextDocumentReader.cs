using Groundplan.Tokens;
using System.Text;
using Groundplan.Model;
using Markdig;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>
/// Reads a hand-written "codebase context" Markdown document (seed 001's <c>[CODEBASE CONTEXT]</c>: a tech stack, a directory
/// structure and relevant code snippets) into the parts of a codebase it shows, and records as unknown everything it does not.
/// </summary>
internal sealed class ContextDocumentReader : ISourceReader
{
    // Precise locations give inlines (code spans naming paths) their own line numbers for error messages.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>Whether <paramref name="text"/> reads as a context document rather than a repomix pack or some other Markdown.</summary>
    public static bool LooksLikeContextDocument(ReadOnlySpan<char> text) => ContextDocumentSniffer.Matches(text);

    /// <inheritdoc/>
    /// <exception cref="GroundplanException">The document cannot be read, is empty, or names a path outside the repository.</exception>
    public RawCodebase Read(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var text = Load(path, out var decodeNotes);
        if (JsText.Trim(text).IsEmpty)
        {
            throw new GroundplanException("the context document is empty; expected a tech stack, a directory structure or code snippets", path);
        }

        var walker = new ContextDocumentWalker(path, text, cancellationToken);
        walker.Walk(Markdown.Parse(text, Pipeline));
        var entries = walker.Entries();
        return new RawCodebase(new FileOrigin(OriginKind.ContextDocument, path), entries)
        {
            Notes = [.. decodeNotes, .. walker.Notes],
            ListedPaths = walker.Listed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Unknowns = Unknowns(walker, entries),
            DeclaredStack = walker.Stack.Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    private static List<UnknownPart> Unknowns(ContextDocumentWalker walker, IReadOnlyList<FileEntry> entries)
    {
        var unknowns = new List<UnknownPart> { new("file contents", "a context document shows only snippets") };
        if (walker.Stack.Count == 0)
        {
            unknowns.Add(new UnknownPart("tech stack", "the context document declares no tech stack"));
        }

        if (!walker.SawStructure)
        {
            unknowns.Add(new UnknownPart("directory structure", "the context document lists no directory structure"));
        }

        if (entries.Count == 0)
        {
            unknowns.Add(new UnknownPart("code snippets", "the context document quotes no code snippet with a file path"));
        }

        return unknowns;
    }

    private static string Load(string path, out IReadOnlyList<IngestNote> notes)
    {
        if (Directory.Exists(path))
        {
            throw new GroundplanException("is a directory, not a context document", path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GroundplanException($"cannot read the context document: {ex.Message}", path, inner: ex);
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        try
        {
            notes = [];
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            notes = [new IngestNote(path, IngestNoteKind.InvalidUtf8, "the context document is not valid UTF-8; decoded with replacement characters")];
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }
}
