namespace Groundplan.Retrieve.Terms;

/// <summary>
/// Splits code and prose into lower-case word parts: runs of ASCII letters and digits, cut at camelCase,
/// snake_case, kebab-case and letter/digit boundaries. Works on spans so a whole repository can be scanned
/// without a string per token.
/// </summary>
internal ref struct CodeTokenizer
{
    // Longer runs are hashes, base64 or minified code, not words anyone would name in a request.
    public const int MaxTokenLength = 32;

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private int _position;
    private int _runEnd;

    public CodeTokenizer(ReadOnlySpan<char> text, Span<char> buffer)
    {
        _text = text;
        _buffer = buffer;
        _position = 0;
        _runEnd = 0;
        Length = 0;
    }

    /// <summary>The current token, lower-cased, in the buffer.</summary>
    public readonly ReadOnlySpan<char> Current => _buffer[..Length];

    public int Length { get; private set; }

    /// <summary>The buffer holding <see cref="Current"/>, for in-place stemming.</summary>
    public readonly Span<char> Buffer => _buffer;

    public void SetLength(int length) => Length = length;

    public bool MoveNext()
    {
        while (true)
        {
            if (_position >= _runEnd)
            {
                // Identifier runs include '_' and '-' so snake and kebab parts count as joined.
                while (_position < _text.Length && !IsWordChar(_text[_position]))
                {
                    _position++;
                }

                if (_position >= _text.Length)
                {
                    return false;
                }

                _runEnd = _position;
                while (_runEnd < _text.Length && (IsWordChar(_text[_runEnd]) || ((_text[_runEnd] is '_' or '-') && _runEnd + 1 < _text.Length && IsWordChar(_text[_runEnd + 1]))))
                {
                    _runEnd++;
                }
            }

            while (_position < _runEnd && !IsWordChar(_text[_position]))
            {
                _position++;
            }

            var start = _position;
            var end = PartEnd(start);
            _position = end;
            var length = end - start;
            if (length < 2 || length > MaxTokenLength || char.IsAsciiDigit(_text[start]))
            {
                // Too short, too long or a number: not a word a request would name.
                continue;
            }

            for (var i = 0; i < length; i++)
            {
                _buffer[i] = char.ToLowerInvariant(_text[start + i]);
            }

            Length = length;
            return true;
        }
    }

    private readonly int PartEnd(int start)
    {
        var i = start;
        var c = _text[i];
        if (char.IsAsciiDigit(c))
        {
            while (i < _runEnd && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }

            return i;
        }

        if (char.IsAsciiLetterUpper(c))
        {
            i++;
            if (i < _runEnd && char.IsAsciiLetterUpper(_text[i]))
            {
                // An acronym: HTMLParser splits into HTML and Parser.
                while (i < _runEnd && char.IsAsciiLetterUpper(_text[i]))
                {
                    i++;
                }

                if (i < _runEnd && char.IsAsciiLetterLower(_text[i]))
                {
                    i--;
                }

                return i;
            }
        }

        while (i < _runEnd && char.IsAsciiLetterLower(_text[i]))
        {
            i++;
        }

        return i == start ? start + 1 : i;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);
}
