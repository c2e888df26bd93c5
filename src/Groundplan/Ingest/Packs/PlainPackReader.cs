namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads repomix's plain style: sections under 64 '=' rules, and one block per file made of a
/// 16 '=' line, <c>File: path</c>, another 16 '=' line, the content and a blank line. A content
/// ends where a blank line is followed by the next file's three header lines, or by a closing
/// section ("End of Codebase" must be the last thing in the pack).
/// </summary>
internal sealed class PlainPackReader : LinePackReader
{
    private const string FilePrefix = "File: ";
    private static readonly string Separator = new('=', 16);
    private static readonly string LongSeparator = new('=', 64);

    protected override int FilesSection(TextLines lines, int i) => IsSection(lines, i, "Files") ? i + 3 : -1;

    protected override int ReadSection(TextLines lines, int i, PackDocument document, string packPath)
    {
        if (IsSection(lines, i, "File Summary"))
        {
            var next = NextSection(lines, i + 3);
            document.Notes = PackHeader.Between(lines, i + 3, next, "Notes:", string.Empty) is { } notes && notes.StartsWith("------", StringComparison.Ordinal)
                ? notes[(notes.IndexOf('\n') + 1)..]
                : string.Empty;
            return next;
        }

        if (IsSection(lines, i, "User Provided Header"))
        {
            return NextSection(lines, i + 3);
        }

        if (!IsSection(lines, i, "Directory Structure"))
        {
            return -1;
        }

        var end = i + 3;
        while (end < lines.Count && !lines.IsBlank(end))
        {
            end++;
        }

        document.Tree = DirectoryTree.Parse(lines.Slice(i + 3, end - 1));
        return end;
    }

    protected override void ReadFiles(TextLines lines, int i, PackDocument document, string packPath)
    {
        i = lines.SkipBlank(i);
        while (!IsClosingSection(lines, i))
        {
            if (i >= lines.Count)
            {
                throw new GroundplanException("the pack ends without its 'End of Codebase' marker (truncated?)", packPath, lines.Count, 1);
            }

            if (!IsFileHeader(lines, i, out var rawPath))
            {
                throw new GroundplanException($"expected a file header ('{Separator}', 'File: path', '{Separator}'), found '{PackHeader.Excerpt(lines.Marker(i))}'", packPath, i + 1, 1);
            }

            var start = i + 3;
            var j = start;
            while (true)
            {
                if (j >= lines.Count)
                {
                    throw new GroundplanException($"the pack ends inside the file '{rawPath}' without its 'End of Codebase' marker (truncated?)", packPath, i + 2, 1);
                }

                if (!lines.IsBlank(j))
                {
                    j++;
                    continue;
                }

                // A run of blank lines: the content ends before it if a closing section follows, or
                // before its last line if the next file's header follows; otherwise it is content.
                var after = lines.SkipBlank(j);
                if (IsClosingSection(lines, after))
                {
                    // Before the end marker the format puts exactly five blank lines; any more belong to the
                    // content (a file ending in newlines, which Groundplan's exact packs keep).
                    var last = IsSection(lines, after, "End of Codebase") ? Math.Max(j - 1, after - 6) : j - 1;
                    document.Files.Add(new PackedFile(rawPath, lines.Content(start, last), i + 2, FilePrefix.Length + 1));
                    i = after;
                    break;
                }

                if (IsFileHeader(lines, after, out var nextPath) && DirectoryTree.MayHold(document.Tree, nextPath))
                {
                    document.Files.Add(new PackedFile(rawPath, lines.Content(start, after - 2), i + 2, FilePrefix.Length + 1));
                    i = after;
                    break;
                }

                j = after;
            }
        }
    }

    private static bool IsFileHeader(TextLines lines, int i, out string path)
    {
        path = string.Empty;
        if (!lines.Is(i, Separator) || !lines.Is(i + 2, Separator) || !lines.Marker(i + 1).StartsWith(FilePrefix))
        {
            return false;
        }

        path = lines.Marker(i + 1)[FilePrefix.Length..].ToString();
        return true;
    }

    private static bool IsSection(TextLines lines, int i, string title) =>
        lines.Is(i, LongSeparator) && lines.Is(i + 1, title) && lines.Is(i + 2, LongSeparator);

    /// <summary>A section that follows the files: the end marker (only as the pack's last lines), git diffs or logs, or the instruction.</summary>
    private static bool IsClosingSection(TextLines lines, int i) =>
        (IsSection(lines, i, "End of Codebase") && lines.SkipBlank(i + 3) >= lines.Count)
        || IsSection(lines, i, "Git Diffs") || IsSection(lines, i, "Git Logs") || IsSection(lines, i, "Instruction");

    private static int NextSection(TextLines lines, int from)
    {
        var i = from;
        while (i < lines.Count && !(lines.Is(i, LongSeparator) && lines.Is(i + 2, LongSeparator)))
        {
            i++;
        }

        return i;
    }
}
