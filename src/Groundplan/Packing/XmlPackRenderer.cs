namespace Groundplan.Packing;

/// <summary>
/// repomix's default XML style: tagged sections with each file's content written raw (not escaped), which is
/// what models read best. It is not well-formed XML; the parsable style is.
/// </summary>
internal sealed class XmlPackRenderer : TextPackRenderer
{
    protected override void Write(PackLayout document, TextWriter writer)
    {
        if (document.FileSummary)
        {
            writer.Write(PackTexts.Header(document.Description));
            writer.Write("\n\n<file_summary>\nThis section contains a summary of this file.\n\n");
            writer.Write($"<purpose>\n{PackTexts.Purpose}\n</purpose>\n\n");
            writer.Write($"<file_format>\n{PackTexts.FileFormat}\n5. Multiple file entries, each consisting of:\n  - File path as an attribute\n  - Full contents of the file\n</file_format>\n\n");
            writer.Write($"<usage_guidelines>\n{PackTexts.UsageGuidelines}\n</usage_guidelines>\n\n");
            writer.Write($"<notes>\n{string.Join('\n', document.Notes)}\n</notes>\n\n</file_summary>\n\n");
        }

        if (document.DirectoryTree is not null)
        {
            writer.Write($"<directory_structure>\n{document.DirectoryTree}\n</directory_structure>\n\n");
        }

        writer.Write($"<files>\n{PackTexts.FilesIntro}\n\n");
        foreach (var file in document.Files)
        {
            writer.Write("<file path=\"");
            writer.Write(file.Path);
            writer.Write("\">\n");
            writer.Write(file.Content);
            writer.Write("\n</file>\n\n");
        }

        writer.Write("</files>\n");
    }
}
