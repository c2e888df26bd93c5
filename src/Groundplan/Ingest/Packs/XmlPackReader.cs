namespace Groundplan.Ingest.Packs;

/// <summary>
/// Reads repomix's default XML style. Contents are written raw, so this is not XML: it is scanned
/// line by line. A file's content ends at the <c>&lt;/file&gt;</c> line that is followed by one blank
/// line and then the next <c>&lt;file path="..."&gt;</c> line or <c>&lt;/files&gt;</c>, exactly the
/// shape repomix writes, so contents holding those tags elsewhere are read whole.
/// </summary>
internal sealed class XmlPackReader : LinePackReader
{
    private const string OpenPrefix = "<file path=\"";
    private const string OpenSuffix = "\">";

    protected override int FilesSection(TextLines lines, int i) => lines.Is(i, "<files>") ? i + 1 : -1;

    protected override int ReadSection(TextLines lines, int i, PackDocument document, string packPath)
    {
        if (lines.Is(i, "<file_summary>"))
        {
            var end = Find(lines, i + 1, "</file_summary>", packPath, i);
            document.Notes = PackHeader.Between(lines, i + 1, end, "<notes>", "</notes>") ?? string.Empty;
            return end + 1;
        }

        if (lines.Is(i, "<user_provided_header>"))
        {
            return Find(lines, i + 1, "</user_provided_header>", packPath, i) + 1;
        }

        if (lines.Is(i, "<directory_structure>"))
        {
            var end = Find(lines, i + 1, "</directory_structure>", packPath, i);
            document.Tree = DirectoryTree.Parse(lines.Slice(i + 1, end - 1));
            return end + 1;
        }

        return -1;
    }

    protected override void ReadFiles(TextLines lines, int i, PackDocument document, string packPath)
    {
        var filesLine = i; // 1-based line of <files>, the line before index i
        if (lines.Marker(i).StartsWith("This section contains", StringComparison.Ordinal))
        {
            i++;
        }

        while (true)
        {
            i = lines.SkipBlank(i);
            if (i >= lines.Count)
            {
                throw new GroundplanException("the pack ends inside its <files> section: no closing </files> line (truncated?)", packPath, filesLine, 1);
            }

            if (lines.Is(i, "</files>"))
            {
                return;
            }

            if (!TryOpenTag(lines.Marker(i), out var rawPath))
            {
                throw new GroundplanException($"expected <file path=\"...\"> or </files>, found '{PackHeader.Excerpt(lines.Marker(i))}'", packPath, i + 1, 1);
            }

            var close = i + 1;
            while (!IsClose(lines, close, document.Tree))
            {
                if (close >= lines.Count)
                {
                    throw new GroundplanException($"the pack ends inside the file '{rawPath}': no closing </file> line (truncated?)", packPath, i + 1, 1);
                }

                close++;
            }

            document.Files.Add(new PackedFile(rawPath, lines.Content(i + 1, close - 1), i + 1, OpenPrefix.Length + 1));
            i = close + 1;
        }
    }

    /// <summary>Whether line <paramref name="i"/> is the <c>&lt;/file&gt;</c> that ends a block, judged by the two lines after it.</summary>
    private static bool IsClose(TextLines lines, int i, DirectoryTree? tree)
    {
        if (!lines.Is(i, "</file>"))
        {
            return false;
        }

        // Nothing but blank lines after it: a pack cut off after this block, reported as a missing </files>.
        if (lines.SkipBlank(i + 1) >= lines.Count)
        {
            return true;
        }

        if (!lines.IsBlank(i + 1))
        {
            return false;
        }

        var next = lines.Marker(i + 2);
        if (next.SequenceEqual("</files>"))
        {
            var after = lines.SkipBlank(i + 3);
            return after >= lines.Count || IsTrailingSection(lines.Marker(after));
        }

        return TryOpenTag(next, out var path) && DirectoryTree.MayHold(tree, path);
    }

    private static bool IsTrailingSection(ReadOnlySpan<char> line) =>
        line.SequenceEqual("<git_diffs>") || line.SequenceEqual("<git_logs>") || line.SequenceEqual("<instruction>");

    private static bool TryOpenTag(ReadOnlySpan<char> line, out string path)
    {
        path = string.Empty;
        if (line.Length < OpenPrefix.Length + OpenSuffix.Length || !line.StartsWith(OpenPrefix) || !line.EndsWith(OpenSuffix))
        {
            return false;
        }

        path = line[OpenPrefix.Length..^OpenSuffix.Length].ToString();
        return true;
    }

    private static int Find(TextLines lines, int from, string marker, string packPath, int openedAt)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines.Is(i, marker))
            {
                return i;
            }
        }

        throw new GroundplanException($"the pack ends before '{marker}' (opened at line {openedAt + 1}; truncated?)", packPath, openedAt + 1, 1);
    }
}
