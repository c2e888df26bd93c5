namespace Groundplan.Recon.Symbols.Scanning;

/// <summary>
/// A source file next to a masked copy of the same length in which comments are blanked and the contents of
/// strings, template literals, regex literals and JSX text are replaced by <see cref="Filler"/>, so that structural
/// scanning (braces, keywords, indentation) never trips over what is written inside them. Offsets and lines match.
/// </summary>
internal sealed class ScannedText
{
    /// <summary>Replaces literal contents: not whitespace (lines inside a string stay non-blank) and not a word or bracket character.</summary>
    public const char Filler = '\u00B7';

    private readonly int[] _lineStarts;

    public ScannedText(string original, string masked, IReadOnlyList<int> markers)
    {
        Original = original;
        Masked = masked;
        Markers = markers;
        var starts = new List<int> { 0 };
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Original { get; }

    public string Masked { get; }

    /// <summary>Offsets the masker noted (JSX element starts for JavaScript), ascending.</summary>
    public IReadOnlyList<int> Markers { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Original.Length));
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The offset just past the text of 1-based <paramref name="line"/> (before its line break).</summary>
    public int LineEnd(int line)
    {
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Original.Length;
        return end > _lineStarts[line - 1] && Original[end - 1] == '\r' ? end - 1 : end;
    }

    /// <summary>The original text of 1-based <paramref name="line"/> without its line break.</summary>
    public string LineText(int line) => Original[LineStart(line)..LineEnd(line)];

    /// <summary>The masked text of 1-based <paramref name="line"/> without its line break.</summary>
    public string MaskedLine(int line) => Masked[LineStart(line)..LineEnd(line)];

    /// <summary>The literal whose opening quote is at <paramref name="quote"/>, read from the original text (escapes kept as written).</summary>
    public string LiteralAt(int quote)
    {
        var close = quote + 1;
        while (close < Masked.Length && Masked[close] == Filler)
        {
            close++;
        }

        return Original[(quote + 1)..Math.Min(close, Original.Length)];
    }

    /// <summary>Whether any marker lies in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool HasMarker(int start, int end)
    {
        var list = Markers as List<int> ?? [.. Markers];
        var index = list.BinarySearch(start);
        index = index >= 0 ? index : ~index;
        return index < list.Count && list[index] < end;
    }
}
