using System.Text;
using System.Xml;

namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads repomix's <c>--parsable-style</c> XML, which is real XML: <c>&lt;repomix&gt;</c> holding
/// <c>file_summary</c>, <c>directory_structure</c> and <c>files</c> of <c>&lt;file path="..."&gt;</c>.
/// </summary>
/// <remarks>
/// <see cref="XmlTextReader"/> rather than <see cref="XmlReader.Create(TextReader)"/>: with normalization
/// off it keeps a file's "\r\n" as written, where every conforming reader created by
/// <see cref="XmlReader.Create(TextReader)"/> turns it into "\n". DTDs are prohibited and nothing is
/// resolved, so no entity can be declared or expanded.
/// </remarks>
internal static class XmlParsablePackReader
{
    private delegate bool ChildHandler(XmlTextReader reader);

    public static PackDocument Read(string text, string packPath)
    {
        var document = new PackDocument();
        using var reader = new XmlTextReader(new StringReader(text))
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            Normalization = false,
            WhitespaceHandling = WhitespaceHandling.All,
            EntityHandling = EntityHandling.ExpandEntities,
        };
        try
        {
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "repomix")
            {
                throw new GroundplanException($"expected the root element <repomix>, found '{reader.Name}'", packPath, reader.LineNumber, reader.LinePosition);
            }

            ReadText(reader, packPath, r => Section(r, document, packPath));
            while (reader.Read())
            {
                // Drains the rest, so content after the root element is reported.
            }

            return document;
        }
        catch (XmlException e)
        {
            throw Translate(e, text, packPath);
        }
    }

    private static bool Section(XmlTextReader reader, PackDocument document, string packPath)
    {
        switch (reader.Name)
        {
            case "file_summary":
                document.Header = ReadText(reader, packPath, r =>
                {
                    if (r.Name != "notes")
                    {
                        return false;
                    }

                    document.Notes = ReadText(r, packPath);
                    return true;
                });
                return true;
            case "directory_structure":
                document.Tree = DirectoryTree.Parse(ReadText(reader, packPath));
                return true;
            case "files":
                document.HasFilesSection = true;
                ReadText(reader, packPath, r => FileElement(r, document, packPath));
                return true;
            default:
                return false;
        }
    }

    private static bool FileElement(XmlTextReader reader, PackDocument document, string packPath)
    {
        if (reader.Name != "file")
        {
            return false;
        }

        var line = reader.LineNumber;
        var column = reader.LinePosition;
        if (!reader.MoveToAttribute("path"))
        {
            throw new GroundplanException("a <file> element has no path attribute", packPath, line, column);
        }

        var path = reader.Value;
        (line, column) = (reader.LineNumber, reader.LinePosition + "path=\"".Length);
        reader.MoveToElement();
        document.Files.Add(new PackedFile(path, ReadText(reader, packPath), line, column));
        return true;
    }

    /// <summary>
    /// Reads the element the reader is on and returns its own text; child elements go to
    /// <paramref name="child"/> (which consumes them) or, when it declines, are skipped.
    /// Leaves the reader on the node after the element.
    /// </summary>
    private static string ReadText(XmlTextReader reader, string packPath, ChildHandler? child = null)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var name = reader.Name;
        var depth = reader.Depth;
        string? single = null;
        StringBuilder? many = null;
        Next(reader);
        while (reader.NodeType != XmlNodeType.EndElement || reader.Depth != depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // One text node is the usual case; join only when CDATA or comments split the text.
                    if (single is null)
                    {
                        single = reader.Value;
                    }
                    else
                    {
                        (many ??= new StringBuilder(single)).Append(reader.Value);
                    }

                    Next(reader);
                    break;
                case XmlNodeType.Element when child is null:
                    throw new GroundplanException($"unexpected element <{reader.Name}> inside <{name}>", packPath, reader.LineNumber, reader.LinePosition);
                case XmlNodeType.Element:
                    if (!child(reader))
                    {
                        reader.Skip();
                    }

                    break;
                case XmlNodeType.EntityReference:
                    throw new GroundplanException($"entity references are refused (&{reader.Name};)", packPath, reader.LineNumber, reader.LinePosition);
                default:
                    Next(reader);
                    break;
            }
        }

        reader.Read();
        return many?.ToString() ?? single ?? string.Empty;
    }

    private static void Next(XmlTextReader reader)
    {
        if (!reader.Read())
        {
            throw new XmlException("Unexpected end of file.", null, reader.LineNumber, reader.LinePosition);
        }
    }

    private static GroundplanException Translate(XmlException e, string text, string packPath)
    {
        if (e.LineNumber == 0)
        {
            // The DTD check reports no position; point at the declaration it refused.
            var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            var (line, column) = LineColumn(text, Math.Max(0, doctype));
            return new GroundplanException("a DTD (<!DOCTYPE>) is refused: packs may not declare or expand entities", packPath, line, column, e);
        }

        var message = e.Message;
        var cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        var reason = cut > 0 ? message[..cut] : message;
        return new GroundplanException($"malformed XML: {reason}", packPath, e.LineNumber, e.LinePosition, e);
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, offset - lastNewline);
    }
}
