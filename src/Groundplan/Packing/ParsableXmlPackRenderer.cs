using System.Text;
using System.Xml;

namespace Groundplan.Packing;

/// <summary>repomix's <c>--parsable-style</c> XML: one well-formed document, every value escaped.</summary>
/// <remarks>Carriage returns are written as character references so a parser gives back the exact text.</remarks>
internal sealed class ParsableXmlPackRenderer : IPackRenderer
{
    public void Write(PackLayout document, Stream output)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            OmitXmlDeclaration = true,
            Indent = false,
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("repomix");
        if (document.FileSummary)
        {
            xml.WriteStartElement("file_summary");
            xml.WriteString(PackTexts.Header(document.Description));
            xml.WriteElementString("purpose", PackTexts.Purpose);
            xml.WriteElementString("file_format", PackTexts.FileFormat + "\n5. Repository files, each consisting of:\n  - File path as an attribute\n  - Full contents of the file");
            xml.WriteElementString("usage_guidelines", PackTexts.UsageGuidelines);
            xml.WriteElementString("notes", string.Join('\n', document.Notes));
            xml.WriteEndElement();
        }

        if (document.DirectoryTree is not null)
        {
            xml.WriteElementString("directory_structure", XmlText.Sanitize(document.DirectoryTree, out _));
        }

        xml.WriteStartElement("files");
        xml.WriteString(PackTexts.FilesIntro);
        foreach (var file in document.Files)
        {
            xml.WriteStartElement("file");
            xml.WriteAttributeString("path", XmlText.Sanitize(file.Path, out _));
            xml.WriteString(XmlText.Sanitize(file.Content, out _));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
