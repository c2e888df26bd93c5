namespace Groundplan.Ingest.Packs;

/// <summary>Pieces the line-based styles share: the generation header paragraph, and short excerpts for messages.</summary>
internal static class PackHeader
{
    private const string Opening = "This file is a merged representation";

    /// <summary>Reads the generation header repomix puts first when the file summary is on; returns the next line.</summary>
    public static int Read(TextLines lines, PackDocument document)
    {
        var i = lines.SkipBlank(0);
        if (!lines.Marker(i).StartsWith(Opening, StringComparison.Ordinal))
        {
            return i;
        }

        var end = i;
        while (end < lines.Count && !lines.IsBlank(end))
        {
            end++;
        }

        document.Header = lines.Slice(i, end - 1);
        return end;
    }

    /// <summary>The lines strictly between the first <paramref name="open"/> and the next <paramref name="close"/> in [from, to), or null.</summary>
    public static string? Between(TextLines lines, int from, int to, string open, string close)
    {
        for (var i = from; i < to; i++)
        {
            if (!lines.Is(i, open))
            {
                continue;
            }

            for (var j = i + 1; j < to; j++)
            {
                if (lines.Is(j, close))
                {
                    return lines.Slice(i + 1, j - 1);
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>At most 60 characters of <paramref name="line"/>, for an error message.</summary>
    public static string Excerpt(ReadOnlySpan<char> line) =>
        line.Length <= 60 ? line.ToString() : string.Concat(line[..57], "...");
}
