namespace Groundplan.Ingest.Packs;

/// <summary>
/// Turns byte offsets into 1-based line and byte-column numbers. Offsets are asked for in increasing
/// order while reading, so each call counts only the newlines since the previous one.
/// </summary>
internal sealed class BytePositions(ReadOnlyMemory<byte> bytes)
{
    private int _offset;
    private int _line = 1;
    private int _lineStart;

    public (int Line, int Column) At(long offset)
    {
        var target = (int)Math.Clamp(offset, 0, bytes.Length);
        if (target < _offset)
        {
            _offset = 0;
            _line = 1;
            _lineStart = 0;
        }

        var span = bytes.Span[_offset..target];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _offset + span.LastIndexOf((byte)'\n') + 1;
        }

        _offset = target;
        return (_line, target - _lineStart + 1);
    }
}
