namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads repomix's Markdown style: <c>## File: path</c>, then a fence of three or more backticks
/// with the language after it, the content, and the same fence alone on a line. Repomix makes the
/// fence one backtick longer than the longest run in any content, so the first line equal to the
/// fence closes the block.
/// </summary>
internal sealed class MarkdownPackReader : LinePackReader
{
    private const string FilePrefix = "## File: ";

    private static readonly string[] Sections = ["# File Summary", "# User Provided Header", "# Directory Structure", "# Files"];

    protected override int FilesSection(TextLines lines, int i) => lines.Is(i, "# Files") ? i + 1 : -1;

    protected override int ReadSection(TextLines lines, int i, PackDocument document, string packPath)
    {
        if (lines.Is(i, "# File Summary"))
        {
            var next = NextSection(lines, i + 1);
            document.Notes = NotesAt(lines, i + 1, next) ?? string.Empty;
            return next;
        }

        if (lines.Is(i, "# User Provided Header"))
        {
            return NextSection(lines, i + 1);
        }

        if (!lines.Is(i, "# Directory Structure"))
        {
            return -1;
        }

        if (!lines.Is(i + 1, "```"))
        {
            throw new GroundplanException("expected ``` after '# Directory Structure'", packPath, i + 2, 1);
        }

        var close = i + 2;
        while (close < lines.Count && !lines.Is(close, "```"))
        {
            close++;
        }

        if (close >= lines.Count)
        {
            throw new GroundplanException("the pack ends inside its directory structure: no closing ``` (truncated?)", packPath, i + 1, 1);
        }

        document.Tree = DirectoryTree.Parse(lines.Slice(i + 2, close - 1));
        return close + 1;
    }

    protected override void ReadFiles(TextLines lines, int i, PackDocument document, string packPath)
    {
        while (true)
        {
            i = lines.SkipBlank(i);
            if (i >= lines.Count || IsTrailingSection(lines.Marker(i)))
            {
                return;
            }

            var header = lines.Marker(i);
            if (!header.StartsWith(FilePrefix))
            {
                throw new GroundplanException($"expected '## File: path', found '{PackHeader.Excerpt(header)}'", packPath, i + 1, 1);
            }

            var rawPath = header[FilePrefix.Length..].ToString();
            var fence = Fence(lines.Marker(i + 1));
            if (fence == 0)
            {
                throw new GroundplanException($"expected a code fence of three or more backticks after '## File: {rawPath}'", packPath, i + 2, 1);
            }

            var close = i + 2;
            while (close < lines.Count && !IsFence(lines.Marker(close), fence))
            {
                close++;
            }

            if (close >= lines.Count)
            {
                throw new GroundplanException($"the pack ends inside the file '{rawPath}': no closing fence (truncated?)", packPath, i + 1, 1);
            }

            document.Files.Add(new PackedFile(rawPath, lines.Content(i + 2, close - 1), i + 1, FilePrefix.Length + 1));
            i = close + 1;
        }
    }

    /// <summary>The length of the opening fence on <paramref name="line"/> (backticks, then an info string without backticks), or 0.</summary>
    private static int Fence(ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && line[length] == '`')
        {
            length++;
        }

        return length >= 3 && !line[length..].Contains('`') ? length : 0;
    }

    private static bool IsFence(ReadOnlySpan<char> line, int length) =>
        line.Length == length && !line.ContainsAnyExcept('`');

    private static bool IsTrailingSection(ReadOnlySpan<char> line) =>
        line.SequenceEqual("# Git Diffs") || line.SequenceEqual("# Git Logs") || line.SequenceEqual("# Instruction");

    /// <summary>
    /// The next top-level section: one of repomix's headings right after a blank line, so a user
    /// header that itself has a "# Files" line is skipped whole.
    /// </summary>
    private static int NextSection(TextLines lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines.IsBlank(i - 1) && IsSection(lines.Marker(i)))
            {
                return i;
            }
        }

        return lines.Count;
    }

    private static bool IsSection(ReadOnlySpan<char> line)
    {
        foreach (var section in Sections)
        {
            if (line.SequenceEqual(section))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "## Notes" paragraph of the summary in [from, to): its lines up to the first blank one.</summary>
    private static string? NotesAt(TextLines lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (lines.Is(i, "## Notes"))
            {
                var end = i + 1;
                while (end < to && !lines.IsBlank(end))
                {
                    end++;
                }

                return lines.Slice(i + 1, end - 1);
            }
        }

        return null;
    }
}
