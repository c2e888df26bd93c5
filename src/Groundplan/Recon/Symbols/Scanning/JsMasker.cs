namespace Groundplan.Recon.Symbols.Scanning;

/// <summary>
/// Masks JavaScript and TypeScript: comments, strings, template literals (with nested <c>${}</c> code), regex literals
/// and, for JSX files, JSX text and attribute strings. A hand-written scanner, not a parser: regex literals and JSX are
/// recognised by the token before them, which is right for ordinary code.
/// </summary>
internal sealed partial class JsMasker
{
    private static readonly HashSet<string> ExpressionKeywords = new(StringComparer.Ordinal)
    {
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await", "default",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExpressionKeyword = ExpressionKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _s;
    private readonly char[] _m;
    private readonly bool _jsx;
    private readonly List<int> _markers = [];
    private int _i;

    // The last significant token, to tell a regex from a division and JSX from a less-than.
    private char _prevChar;
    // The last word as a range of the text: only a '/' or '<' after it asks which word it was, so none is copied.
    private Range _prevWord;

    private JsMasker(string text, bool jsx)
    {
        _s = text;
        _m = text.ToCharArray();
        _jsx = jsx;
    }

    /// <summary>Masks <paramref name="text"/>; <paramref name="jsx"/> enables JSX (for .tsx, .jsx and plain .js files).</summary>
    public static ScannedText Mask(string text, bool jsx)
    {
        var masker = new JsMasker(text, jsx);
        if (masker.Run() || !jsx)
        {
            return new ScannedText(text, new string(masker._m), masker._markers);
        }

        // A '<' taken for JSX that was not (a generic arrow, a comparison) swallows the rest of the file: read it again without JSX.
        var plain = new JsMasker(text, jsx: false);
        plain.Run();
        return new ScannedText(text, new string(plain._m), plain._markers);
    }

    private bool Run()
    {
        if (_s.StartsWith("#!", StringComparison.Ordinal))
        {
            BlankTo(_s.IndexOf('\n') is var nl and >= 0 ? nl : _s.Length);
        }

        return ScanCode(untilBrace: false);
    }

    private char At(int i) => i < _s.Length ? _s[i] : '\0';

    // Returns false when the text ended inside a construct that should have closed (a sign of a misread).
    private bool ScanCode(bool untilBrace)
    {
        var depth = 0;
        while (_i < _s.Length)
        {
            var c = _s[_i];
            if (char.IsWhiteSpace(c))
            {
                _i++;
                continue;
            }

            if (c == '/' && At(_i + 1) == '/')
            {
                var end = _s.IndexOf('\n', _i);
                BlankTo(end < 0 ? _s.Length : end);
                continue;
            }

            if (c == '/' && At(_i + 1) == '*')
            {
                var end = _s.IndexOf("*/", _i + 2, StringComparison.Ordinal);
                BlankTo(end < 0 ? _s.Length : end + 2);
                continue;
            }

            if (c is '\'' or '"')
            {
                ScanString(c);
                Significant('"');
                continue;
            }

            if (c == '`')
            {
                if (!ScanTemplate())
                {
                    return false;
                }

                Significant('"');
                continue;
            }

            if (c == '/' && RegexAllowed())
            {
                ScanRegex();
                Significant('"');
                continue;
            }

            if (c == '<' && _jsx && JsxAllowed() && LooksLikeJsx())
            {
                if (!ScanJsxElement())
                {
                    return false;
                }

                Significant('"');
                continue;
            }

            if (IsIdentStart(c))
            {
                // The first character may be '#' (a private name), which cannot continue one.
                var start = _i++;
                while (_i < _s.Length && IsIdentPart(_s[_i]))
                {
                    _i++;
                }

                _prevWord = start.._i;
                _prevChar = 'a';
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0 && untilBrace)
                {
                    _i++;
                    return true;
                }

                depth--;
            }

            _i++;
            Significant(c);
        }

        return !untilBrace;
    }

    private void Significant(char c)
    {
        _prevChar = c;
        _prevWord = default;
    }

    private bool RegexAllowed() =>
        _prevChar == '\0' || (_prevChar == 'a' ? ExpressionKeyword.Contains(_s.AsSpan(_prevWord)) : "(,=:[!&|?{};+-*%<>~^".Contains(_prevChar));

    private bool JsxAllowed() =>
        _prevChar == '\0' || (_prevChar == 'a' ? ExpressionKeyword.Contains(_s.AsSpan(_prevWord)) : "(,=:[!&|?{};>".Contains(_prevChar));

    private static bool IsIdentStart(char c) => char.IsLetter(c) || c is '_' or '$' or '#' || c > 127;

    private static bool IsIdentPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' || c > 127;

    private void ScanString(char quote)
    {
        var start = ++_i;
        while (_i < _s.Length && _s[_i] != quote && _s[_i] != '\n')
        {
            _i += _s[_i] == '\\' ? 2 : 1;
        }

        _i = Math.Min(_i, _s.Length);
        Fill(start, _i);
        if (_i < _s.Length && _s[_i] == quote)
        {
            _i++;
        }
    }

    private bool ScanTemplate()
    {
        var start = ++_i;
        while (_i < _s.Length && _s[_i] != '`')
        {
            if (_s[_i] == '\\')
            {
                _i += 2;
            }
            else if (_s[_i] == '$' && At(_i + 1) == '{')
            {
                _i += 2;
                if (!ScanCode(untilBrace: true))
                {
                    return false;
                }
            }
            else
            {
                _i++;
            }
        }

        var end = Math.Min(_i, _s.Length);
        Fill(start, end);
        _i = end + 1;
        return end < _s.Length;
    }

    private void ScanRegex()
    {
        var start = ++_i;
        var inClass = false;
        while (_i < _s.Length && _s[_i] != '\n' && (inClass || _s[_i] != '/'))
        {
            inClass = _s[_i] switch { '[' => true, ']' => false, _ => inClass };
            _i += _s[_i] == '\\' ? 2 : 1;
        }

        _i = Math.Min(_i, _s.Length);
        Fill(start, _i);
        if (_i < _s.Length && _s[_i] == '/')
        {
            _i++;
        }
    }

    private void BlankTo(int end)
    {
        for (; _i < end; _i++)
        {
            if (_m[_i] is not ('\n' or '\r'))
            {
                _m[_i] = ' ';
            }
        }
    }

    private void Fill(int start, int end)
    {
        for (var k = start; k < end && k < _m.Length; k++)
        {
            if (_m[k] is not ('\n' or '\r'))
            {
                _m[k] = ScannedText.Filler;
            }
        }
    }
}
