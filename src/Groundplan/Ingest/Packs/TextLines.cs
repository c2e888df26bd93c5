namespace Groundplan.Ingest.Packs;

/// <summary>
/// The lines of a text, indexed once so scanners can look a few lines ahead in constant time.
/// Lines are split on '\n' only: a '\r' before it belongs to the line, because file contents keep theirs.
/// </summary>
internal sealed class TextLines
{
    private readonly int[] _starts;

    public TextLines(string text)
    {
        Text = text;
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        var span = text.AsSpan();
        var offset = 0;
        while (true)
        {
            var newline = span[offset..].IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            offset += newline + 1;
            starts.Add(offset);
        }

        // A final newline ends the last line rather than starting an empty one.
        if (starts.Count > 1 && starts[^1] == text.Length)
        {
            starts.RemoveAt(starts.Count - 1);
        }

        _starts = [.. starts];
        Count = text.Length == 0 ? 0 : _starts.Length;
    }

    public string Text { get; }

    public int Count { get; }

    /// <summary>The offset of line <paramref name="index"/>'s first character.</summary>
    public int Start(int index) => _starts[index];

    /// <summary>The offset just past line <paramref name="index"/>'s last character, before its '\n'.</summary>
    public int End(int index)
    {
        if (index + 1 < _starts.Length)
        {
            return _starts[index + 1] - 1;
        }

        return Text.Length > 0 && Text[^1] == '\n' ? Text.Length - 1 : Text.Length;
    }

    /// <summary>Line <paramref name="index"/> without its '\n'; empty past the end.</summary>
    public ReadOnlySpan<char> Line(int index) =>
        index < Count ? Text.AsSpan(Start(index), End(index) - Start(index)) : [];

    /// <summary>Line <paramref name="index"/> as a marker: a trailing '\r' (a pack saved with CRLF) is ignored.</summary>
    public ReadOnlySpan<char> Marker(int index)
    {
        var line = Line(index);
        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }

    public bool Is(int index, string marker) => index < Count && Marker(index).SequenceEqual(marker);

    public bool IsBlank(int index) => index < Count && Marker(index).IsEmpty;

    /// <summary>The first line at or after <paramref name="index"/> that is not blank (or <see cref="Count"/>).</summary>
    public int SkipBlank(int index)
    {
        while (index < Count && Marker(index).IsEmpty)
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// A file's content: lines <paramref name="first"/> to <paramref name="last"/>. When the marker line
    /// after it ends in '\r' the pack was saved with CRLF line breaks, so the content's final '\r' is
    /// the break's, not the file's (repomix trims contents, so a file never ends with one).
    /// </summary>
    public string Content(int first, int last)
    {
        var text = Slice(first, last);
        var next = Line(last + 1);
        return text.EndsWith('\r') && next.EndsWith('\r') ? text[..^1] : text;
    }

    /// <summary>The text of lines <paramref name="first"/> to <paramref name="last"/> inclusive, joined by their own newlines.</summary>
    public string Slice(int first, int last) =>
        last < first ? string.Empty : Text.Substring(Start(first), End(last) - Start(first));
}
