namespace Groundplan.Recon.Symbols.Scanning;

/// <summary>
/// Masks Python: comments, strings with any prefix (r, b, u, f and their pairs), triple-quoted strings and f-strings
/// whose <c>{}</c> fields may hold further strings (Python 3.12 allows the same quote inside).
/// Markers are the starts of multi-line strings and their ends, in pairs, so line walkers can tell continuation lines.
/// </summary>
internal sealed class PythonMasker
{
    private readonly string _s;
    private readonly char[] _m;
    private readonly List<int> _markers = [];
    private int _i;

    private PythonMasker(string text)
    {
        _s = text;
        _m = text.ToCharArray();
    }

    public static ScannedText Mask(string text)
    {
        var masker = new PythonMasker(text);
        masker.ScanCode(untilBrace: false);
        return new ScannedText(text, new string(masker._m), masker._markers);
    }

    private char At(int i) => i < _s.Length ? _s[i] : '\0';

    private void ScanCode(bool untilBrace)
    {
        var depth = 0;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '#')
            {
                while (_i < _s.Length && _s[_i] != '\n')
                {
                    if (_s[_i] != '\r')
                    {
                        _m[_i] = ' ';
                    }

                    _i++;
                }
            }
            else if (c is '"' or '\'')
            {
                ScanString(formatted: false);
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = _i;
                while (_i < _s.Length && (char.IsLetterOrDigit(_s[_i]) || _s[_i] == '_'))
                {
                    _i++;
                }

                var word = _s.AsSpan(start, _i - start);
                if (_i < _s.Length && _s[_i] is '"' or '\'' && word.Length <= 2 && IsPrefix(word))
                {
                    ScanString(formatted: word.ContainsAny("fFtT"));
                }
            }
            else if (c is '{' or '(' or '[')
            {
                depth++;
                _i++;
            }
            else if (c is '}' or ')' or ']')
            {
                if (depth == 0 && untilBrace && c == '}')
                {
                    _i++;
                    return;
                }

                depth = Math.Max(0, depth - 1);
                _i++;
            }
            else
            {
                _i++;
            }
        }
    }

    private static bool IsPrefix(ReadOnlySpan<char> word)
    {
        foreach (var ch in word)
        {
            if ("rRbBuUfFtT".IndexOf(ch) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // At the opening quote.
    private void ScanString(bool formatted)
    {
        var quote = _s[_i];
        var triple = At(_i + 1) == quote && At(_i + 2) == quote;
        var open = _i;
        _i += triple ? 3 : 1;
        var contentStart = _i;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (c == '\\')
            {
                _i += 2;
            }
            else if (c == quote && (!triple || (At(_i + 1) == quote && At(_i + 2) == quote)))
            {
                break;
            }
            else if (c == '\n' && !triple)
            {
                break;
            }
            else if (formatted && c == '{')
            {
                if (At(_i + 1) == '{')
                {
                    _i += 2;
                }
                else
                {
                    _i++;
                    ScanCode(untilBrace: true);
                }
            }
            else
            {
                _i++;
            }
        }

        _i = Math.Min(_i, _s.Length);
        for (var k = contentStart; k < _i; k++)
        {
            if (_m[k] is not ('\n' or '\r'))
            {
                _m[k] = ScannedText.Filler;
            }
        }

        if (_s.AsSpan(open, _i - open).Contains('\n'))
        {
            _markers.Add(open);
            _markers.Add(_i);
        }

        if (_i < _s.Length && _s[_i] == quote)
        {
            _i += triple ? 3 : 1;
        }
    }
}
