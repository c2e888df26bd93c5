namespace Groundplan.Packing;

/// <summary>repomix's Markdown style: a <c>## File: path</c> heading and a fenced block per file.</summary>
internal sealed class MarkdownPackRenderer : TextPackRenderer
{
    protected override void Write(PackLayout document, TextWriter writer)
    {
        if (document.FileSummary)
        {
            writer.Write(PackTexts.Header(document.Description));
            writer.Write($"\n\n# File Summary\n\n## Purpose\n{PackTexts.Purpose}\n\n");
            writer.Write($"## File Format\n{PackTexts.FileFormat}\n5. Multiple file entries, each consisting of:\n  a. A header with the file path (## File: path/to/file)\n  b. The full contents of the file in a code block\n\n");
            writer.Write($"## Usage Guidelines\n{PackTexts.UsageGuidelines}\n\n");
            writer.Write($"## Notes\n{string.Join('\n', document.Notes)}\n\n");
        }

        if (document.DirectoryTree is not null)
        {
            writer.Write($"# Directory Structure\n```\n{document.DirectoryTree}\n```\n\n");
        }

        writer.Write("# Files\n");
        foreach (var file in document.Files)
        {
            // The fence must be longer than any backtick run inside the content, or the block would end early.
            var fence = new string('`', Math.Max(3, LongestBacktickRun(file.Content) + 1));
            writer.Write($"\n## File: {file.Path}\n{fence}{file.Language}\n");
            writer.Write(file.Content);
            writer.Write($"\n{fence}\n");
        }
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
