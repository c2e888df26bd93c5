using System.Text;
using System.Text.Unicode;
using Groundplan.Model;

namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads a repomix pack of any style: decodes it as UTF-8, recognises the style from the content
/// (never the file name) and hands it to that style's reader.
/// </summary>
internal sealed class PackReader : ISourceReader
{
    /// <summary>How much of the start of a pack the style detector looks at; every style shows itself within a few lines.</summary>
    private const int DetectionWindow = 64 * 1024;

    public RawCodebase Read(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GroundplanException($"cannot read the pack: {e.Message}", path, inner: e);
        }

        return ReadBytes(bytes, path, options, cancellationToken);
    }

    /// <summary>Reads a pack already in memory; <paramref name="source"/> names it in the origin and in errors.</summary>
    public RawCodebase ReadBytes(ReadOnlyMemory<byte> bytes, string source, IngestOptions options, CancellationToken cancellationToken)
    {
        var body = bytes.Span.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var notes = new List<IngestNote>();
        string? text = null;
        if (!Utf8.IsValid(body.Span))
        {
            text = Encoding.UTF8.GetString(body.Span);
            body = Encoding.UTF8.GetBytes(text);
            notes.Add(new IngestNote(source, IngestNoteKind.InvalidUtf8, $"the pack {source} is not valid UTF-8; invalid bytes were read as U+FFFD"));
        }

        var head = text ?? Encoding.UTF8.GetString(body.Span[..Math.Min(body.Length, DetectionWindow)]);
        var style = PackStyleDetector.Detect(head)
            ?? throw new GroundplanException(
                body.IsEmpty ? "the file is empty, not a repomix pack" : "not a repomix pack: no repomix header or section marker (xml, markdown, plain or json style) at its start",
                source,
                1,
                1);

        cancellationToken.ThrowIfCancellationRequested();
        var document = style switch
        {
            PackStyle.Json => JsonPackReader.Read(body, source),
            PackStyle.XmlParsable => XmlParsablePackReader.Read(text ?? Encoding.UTF8.GetString(body.Span), source),
            PackStyle.Markdown => new MarkdownPackReader().Read(text ?? Encoding.UTF8.GetString(body.Span), source),
            PackStyle.Plain => new PlainPackReader().Read(text ?? Encoding.UTF8.GetString(body.Span), source),
            _ => new XmlPackReader().Read(text ?? Encoding.UTF8.GetString(body.Span), source),
        };

        var origin = new FileOrigin(OriginKind.Pack, source, Variant(style));
        return PackAssembler.Assemble(document, origin, source, options, notes, cancellationToken);
    }

    /// <summary>The <see cref="FileOrigin.Variant"/> name of a style.</summary>
    public static string Variant(PackStyle style) => style switch
    {
        PackStyle.Xml => "xml",
        PackStyle.XmlParsable => "xml-parsable",
        PackStyle.Markdown => "markdown",
        PackStyle.Plain => "plain",
        PackStyle.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };
}
