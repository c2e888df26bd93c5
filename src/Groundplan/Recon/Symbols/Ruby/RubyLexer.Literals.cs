using System.Text;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>The literals that can hide keywords: quoted strings, heredocs, %-literals, regexps and embedded documents.</summary>
internal sealed partial class RubyLexer
{
    private bool TryReadLiteral(char c, int line, bool emit)
    {
        if (c == '<' && At(1) == '<' && TryHeredoc())
        {
            Add(String(line, null), emit);
            return true;
        }

        if (c == '/' && ValueExpected() && !(At(1) == '=' && _last?.Kind == RubyTokenKind.Identifier))
        {
            _i++;
            var content = ReadQuoted('/', '/', interpolate: true);
            while (_i < _text.Length && char.IsAsciiLetterLower(_text[_i]))
            {
                _i++; // flags
            }

            Add(String(line, content), emit);
            return true;
        }

        if (c == '%' && ValueExpected() && TryPercentLiteral(line, emit))
        {
            return true;
        }

        if (c == '?' && ValueExpected() && At(1) is not ('\0' or ' ' or '\t' or '\n' or '\r') && (At(1) == '\\' || !IsNameChar(At(2))))
        {
            _i += At(1) == '\\' ? 3 : 2;
            Add(String(line, null), emit);
            return true;
        }

        return false;
    }

    // `<<~SQL`, `<<-EOS`, `<<HTML`, `<<~'RAW'`: the body starts on the next line and is read at that newline.
    private bool TryHeredoc()
    {
        var j = _i + 2;
        var indented = j < _text.Length && _text[j] is '~' or '-';
        if (indented)
        {
            j++;
        }

        if (j >= _text.Length)
        {
            return false;
        }

        string terminator;
        if (_text[j] is '\'' or '"' or '`')
        {
            var close = _text.IndexOf(_text[j], j + 1);
            if (close < 0 || _text.AsSpan(j, close - j).Contains('\n'))
            {
                return false;
            }

            terminator = _text[(j + 1)..close];
            j = close + 1;
        }
        else if (indented ? IsNameStart(_text[j]) : char.IsUpper(_text[j]) || (_text[j] == '_' && ValueExpected()))
        {
            var start = j;
            while (j < _text.Length && IsNameChar(_text[j]))
            {
                j++;
            }

            terminator = _text[start..j];
        }
        else
        {
            return false;
        }

        _heredocs.Add((terminator, indented));
        _i = j;
        return true;
    }

    private void ReadHeredocBodies()
    {
        foreach (var (terminator, indented) in _heredocs)
        {
            while (_i < _text.Length)
            {
                var end = _text.IndexOf('\n', _i);
                var lineEnd = end < 0 ? _text.Length : end;
                var content = _text[_i..lineEnd].TrimEnd('\r');
                _i = end < 0 ? _text.Length : end + 1;
                _line++;
                if ((indented ? content.Trim() : content) == terminator)
                {
                    break;
                }
            }
        }

        _heredocs.Clear();
    }

    private bool TryPercentLiteral(int line, bool emit)
    {
        var type = At(1);
        var hasType = type is 'q' or 'Q' or 'w' or 'W' or 'i' or 'I' or 'r' or 's' or 'x';
        var open = hasType ? At(2) : At(1);
        if (open is '\0' || char.IsLetterOrDigit(open) || char.IsWhiteSpace(open) || (!hasType && open is not ('(' or '[' or '{' or '<' or '|' or '!' or '/' or '^')))
        {
            return false;
        }

        _i += hasType ? 3 : 2;
        var close = open switch { '(' => ')', '[' => ']', '{' => '}', '<' => '>', _ => open };
        var content = ReadQuoted(open, close, interpolate: !hasType || type is 'Q' or 'W' or 'I' or 'r' or 'x');
        if (type == 'r')
        {
            while (_i < _text.Length && char.IsAsciiLetterLower(_text[_i]))
            {
                _i++;
            }
        }

        Add(type == 's' ? new RubyToken(RubyTokenKind.Symbol, content ?? string.Empty, line) : String(line, content), emit);
        return true;
    }

    /// <summary>Reads up to the closing delimiter (nesting bracket pairs); returns the content, or null when it interpolates.</summary>
    private string? ReadQuoted(char open, char close, bool interpolate)
    {
        var content = new StringBuilder();
        var interpolated = false;
        var depth = 0;
        while (_i < _text.Length)
        {
            var c = _text[_i];
            if (c == '\\' && _i + 1 < _text.Length)
            {
                _line += _text[_i + 1] == '\n' ? 1 : 0;
                content.Append(c).Append(_text[_i + 1]);
                _i += 2;
                continue;
            }

            if (interpolate && c == '#' && At(1) == '{')
            {
                interpolated = true;
                _i += 2;
                var (space, afterDot, last) = (_space, _afterDot, _last);
                Run(emit: false, stopAtBrace: true);
                (_space, _afterDot, _last) = (space, afterDot, last);
                continue;
            }

            _i++;
            if (c == '\n')
            {
                _line++;
            }

            if (c == close && depth == 0)
            {
                return interpolated ? null : content.ToString();
            }

            depth += open != close && c == open ? 1 : open != close && c == close ? -1 : 0;
            content.Append(c);
        }

        return interpolated ? null : content.ToString();
    }

    private void SkipEmbeddedDocument()
    {
        while (_i < _text.Length)
        {
            var end = _text.IndexOf('\n', _i);
            var isEnd = string.CompareOrdinal(_text, _i, "=end", 0, 4) == 0;
            _i = end < 0 ? _text.Length : end + 1;
            _line += end < 0 ? 0 : 1;
            if (isEnd)
            {
                return;
            }
        }
    }
}
