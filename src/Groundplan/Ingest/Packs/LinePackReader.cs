namespace Groundplan.Ingest.Packs;

/// <summary>
/// The walk the line-based styles (default XML, Markdown, plain) share: the generation header, then
/// sections in repomix's order (summary, user header, directory structure) up to the files section.
/// Each style says how its sections look and how its file blocks end.
/// </summary>
internal abstract class LinePackReader
{
    public PackDocument Read(string text, string packPath)
    {
        var lines = new TextLines(text);
        var document = new PackDocument();
        var i = PackHeader.Read(lines, document);
        while (true)
        {
            i = lines.SkipBlank(i);
            var files = FilesSection(lines, i);
            if (files >= 0)
            {
                document.HasFilesSection = true;
                ReadFiles(lines, files, document, packPath);
                return document;
            }

            i = ReadSection(lines, i, document, packPath);
            if (i < 0)
            {
                // Git diffs, logs, the instruction or the end: the pack has no files section.
                return document;
            }
        }
    }

    /// <summary>Reads the summary, user header or directory structure opening at line <paramref name="i"/>; returns the line after it, or -1 when none opens there.</summary>
    protected abstract int ReadSection(TextLines lines, int i, PackDocument document, string packPath);

    /// <summary>The first line inside the files section when it opens at line <paramref name="i"/>, or -1.</summary>
    protected abstract int FilesSection(TextLines lines, int i);

    protected abstract void ReadFiles(TextLines lines, int i, PackDocument document, string packPath);
}
