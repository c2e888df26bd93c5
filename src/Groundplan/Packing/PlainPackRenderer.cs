namespace Groundplan.Packing;

/// <summary>repomix's plain-text style: sections and files set off by lines of '='.</summary>
internal sealed class PlainPackRenderer : TextPackRenderer
{
    private static readonly string Long = new('=', 64);
    private static readonly string Short = new('=', 16);

    protected override void Write(PackLayout document, TextWriter writer)
    {
        if (document.FileSummary)
        {
            writer.Write(PackTexts.Header(document.Description));
            writer.Write($"\n\n{Long}\nFile Summary\n{Long}\n\nPurpose:\n--------\n{PackTexts.Purpose}\n\n");
            writer.Write($"File Format:\n------------\n{PackTexts.FileFormat}\n5. Multiple file entries, each consisting of:\n  a. A separator line (================)\n  b. The file path (File: path/to/file)\n  c. Another separator line\n  d. The full contents of the file\n  e. A blank line\n\n");
            writer.Write($"Usage Guidelines:\n-----------------\n{PackTexts.UsageGuidelines}\n\n");
            writer.Write($"Notes:\n------\n{string.Join('\n', document.Notes)}\n\n\n");
        }

        if (document.DirectoryTree is not null)
        {
            writer.Write($"{Long}\nDirectory Structure\n{Long}\n{document.DirectoryTree}\n\n");
        }

        writer.Write($"{Long}\nFiles\n{Long}\n\n");
        foreach (var file in document.Files)
        {
            writer.Write($"{Short}\nFile: {file.Path}\n{Short}\n");
            writer.Write(file.Content);
            writer.Write("\n\n");
        }

        // repomix leaves five blank lines between the last file and the end marker; readers rely on the shape.
        writer.Write($"\n\n\n\n{Long}\nEnd of Codebase\n{Long}\n");
    }
}
