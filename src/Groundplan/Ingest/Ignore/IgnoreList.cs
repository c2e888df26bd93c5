using System.Text;

namespace Groundplan.Ingest.Ignore;

/// <summary>The patterns of one ignore source (a .gitignore, .git/info/exclude, a list of globs), relative to one folder.</summary>
internal sealed class IgnoreList
{
    private readonly IgnorePattern[] _patterns;

    private IgnoreList(IgnorePattern[] patterns, int baseLength)
    {
        _patterns = patterns;
        BaseLength = baseLength;
    }

    /// <summary>The length in UTF-8 bytes of the folder prefix ("" or "a/b/") that paths carry before this list's patterns apply.</summary>
    public int BaseLength { get; }

    public bool IsEmpty => _patterns.Length == 0;

    /// <summary>Parses gitignore text as git reads it: a BOM skipped, CR before LF dropped, comments and blank lines skipped, trailing unescaped spaces trimmed.</summary>
    public static IgnoreList Parse(ReadOnlySpan<byte> content, string basePath = "")
    {
        var patterns = new List<IgnorePattern>();
        AddPatterns(content, patterns);
        return new IgnoreList([.. patterns], Encoding.UTF8.GetByteCount(basePath));
    }

    /// <summary>Parses several files of one folder as one list, in order, so a later file's patterns win.</summary>
    public static IgnoreList Parse(IEnumerable<byte[]> files, string basePath)
    {
        var patterns = new List<IgnorePattern>();
        foreach (var file in files)
        {
            AddPatterns(file, patterns);
        }

        return new IgnoreList([.. patterns], Encoding.UTF8.GetByteCount(basePath));
    }

    /// <summary>Compiles globs given one per item (from options or a built-in table), relative to the root.</summary>
    public static IgnoreList FromGlobs(IEnumerable<string> globs) =>
        Parse(Encoding.UTF8.GetBytes(string.Join('\n', globs.Select(g => g.Replace('\n', ' ')))));

    /// <summary>The verdict of the last pattern that matches, as git decides within one file.</summary>
    /// <param name="path">The full path (whose first <see cref="BaseLength"/> bytes are this list's folder).</param>
    /// <param name="nameStart">Where the last segment of <paramref name="path"/> starts.</param>
    /// <param name="isDirectory">Whether the path names a directory.</param>
    public IgnoreVerdict Match(ReadOnlySpan<byte> path, int nameStart, bool isDirectory)
    {
        var relative = path[BaseLength..];
        var relativeNameStart = nameStart - BaseLength;
        for (var i = _patterns.Length - 1; i >= 0; i--)
        {
            var pattern = _patterns[i];
            if (pattern.Matches(relative, relativeNameStart, isDirectory))
            {
                return pattern.IsNegative ? IgnoreVerdict.Included : IgnoreVerdict.Excluded;
            }
        }

        return IgnoreVerdict.None;
    }

    private static void AddPatterns(ReadOnlySpan<byte> content, List<IgnorePattern> patterns)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        while (!content.IsEmpty)
        {
            var end = content.IndexOf((byte)'\n');
            var line = end < 0 ? content : content[..end];
            content = end < 0 ? default : content[(end + 1)..];
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            if (line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (IgnorePattern.Parse(TrimTrailingSpaces(line)) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }
    }

    /// <summary>Drops trailing spaces unless a backslash escapes them (git's <c>trim_trailing_spaces</c>).</summary>
    private static ReadOnlySpan<byte> TrimTrailingSpaces(ReadOnlySpan<byte> line)
    {
        var lastSpace = -1;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case (byte)' ':
                    if (lastSpace < 0)
                    {
                        lastSpace = i;
                    }

                    break;
                case (byte)'\\':
                    // An escaped byte is never a trailing space; a final lone backslash keeps the line as it is.
                    if (++i == line.Length)
                    {
                        return line;
                    }

                    lastSpace = -1;
                    break;
                default:
                    lastSpace = -1;
                    break;
            }
        }

        return lastSpace < 0 ? line : line[..lastSpace];
    }
}
