namespace Groundplan.Ingest.Ignore;

/// <summary>One compiled gitignore line, matched the way git's <c>dir.c</c> does.</summary>
/// <remarks>
/// A pattern without a slash (other than a trailing one) matches the last path segment at any depth; any other
/// pattern matches the whole path below the ignore file's folder, with one leading slash dropped. The literal
/// prefix before the first wildcard is compared directly, so most patterns never reach <see cref="Wildmatch"/>.
/// </remarks>
internal sealed class IgnorePattern
{
    private readonly byte[] _glob;
    private readonly int _literalLength;
    private readonly bool _basenameOnly;
    private readonly bool _starThenLiteral;

    private IgnorePattern(byte[] glob, bool negative, bool directoryOnly, bool basenameOnly)
    {
        _glob = glob;
        IsNegative = negative;
        IsDirectoryOnly = directoryOnly;
        _basenameOnly = basenameOnly;
        _literalLength = glob.AsSpan().IndexOfAny("*?[\\"u8) is var special and >= 0 ? special : glob.Length;
        _starThenLiteral = glob.Length > 0 && glob[0] == '*' && glob.AsSpan(1).IndexOfAny("*?[\\"u8) < 0;
    }

    /// <summary>A '!' pattern: a match re-includes the path.</summary>
    public bool IsNegative { get; }

    /// <summary>A pattern with a trailing '/': only directories match.</summary>
    public bool IsDirectoryOnly { get; }

    /// <summary>Compiles one line that is already free of its line ending and trailing spaces; null for lines that can match nothing.</summary>
    public static IgnorePattern? Parse(ReadOnlySpan<byte> line)
    {
        // Git reads patterns as C strings: a NUL ends them.
        var nul = line.IndexOf((byte)0);
        if (nul >= 0)
        {
            line = line[..nul];
        }

        var negative = line.Length > 0 && line[0] == '!';
        if (negative)
        {
            line = line[1..];
        }

        var directoryOnly = line.Length > 0 && line[^1] == '/';
        if (directoryOnly)
        {
            line = line[..^1];
        }

        var basenameOnly = !line.Contains((byte)'/');
        if (!basenameOnly && line[0] == '/')
        {
            line = line[1..];
        }

        return line.Length == 0 ? null : new IgnorePattern(line.ToArray(), negative, directoryOnly, basenameOnly);
    }

    /// <summary>Whether the pattern matches <paramref name="path"/>, given relative to the ignore file's folder, whose last segment starts at <paramref name="nameStart"/>.</summary>
    public bool Matches(ReadOnlySpan<byte> path, int nameStart, bool isDirectory)
    {
        if (IsDirectoryOnly && !isDirectory)
        {
            return false;
        }

        var glob = _glob.AsSpan();
        if (_basenameOnly)
        {
            var name = path[nameStart..];
            if (_literalLength == glob.Length)
            {
                return name.SequenceEqual(glob);
            }

            return _starThenLiteral ? name.EndsWith(glob[1..]) : Wildmatch.IsMatch(glob, name, pathname: false);
        }

        if (_literalLength > 0)
        {
            if (!path.StartsWith(glob[.._literalLength]))
            {
                return false;
            }

            if (_literalLength == glob.Length)
            {
                return path.Length == glob.Length;
            }

            glob = glob[_literalLength..];
            path = path[_literalLength..];
        }

        return Wildmatch.IsMatch(glob, path, pathname: true);
    }
}
