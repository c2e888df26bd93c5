using System.Text.Encodings.Web;
using System.Text.Json;

namespace Groundplan.Packing;

/// <summary>repomix's JSON style: the summary, the tree, and a <c>files</c> object from path to content.</summary>
internal sealed class JsonPackRenderer : IPackRenderer
{
    public void Write(PackLayout document, Stream output)
    {
        // Relaxed escaping keeps non-ASCII text and markup characters readable, as JSON.stringify does.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        if (document.FileSummary)
        {
            json.WriteStartObject("fileSummary");
            json.WriteString("generationHeader", PackTexts.Header(document.Description));
            json.WriteString("purpose", PackTexts.Purpose);
            json.WriteString("fileFormat", "The content is organized as follows:\n1. This summary section\n2. Repository information\n3. Directory structure\n4. Repository files, each consisting of:\n   - File path as a key\n   - Full contents of the file as the value");
            json.WriteString("usageGuidelines", PackTexts.UsageGuidelines);
            json.WriteString("notes", string.Join('\n', document.Notes));
            json.WriteEndObject();
        }

        if (document.DirectoryTree is not null)
        {
            json.WriteString("directoryStructure", document.DirectoryTree);
        }

        json.WriteStartObject("files");
        foreach (var file in document.Files)
        {
            json.WriteString(file.Path, file.Content);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
