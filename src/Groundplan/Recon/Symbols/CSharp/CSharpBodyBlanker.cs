using System.Buffers;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>
/// Blanks the inside of member bodies (methods, accessors, initializers) of a C# file, keeping every line break, so
/// Roslyn parses the same declarations at the same positions without reading the statements nobody indexes.
/// </summary>
/// <remarks>
/// Statements are most of a C# file's tokens and most of Roslyn's parse time (and, in a plain build, of its JIT time:
/// the statement and expression parsers never run). Only what a declaration walk reads survives: namespaces, types,
/// member headers, attributes and the braces that close bodies. A brace opens a body to blank only at member level
/// of a type, when no type or namespace keyword came since the last member ended; any doubt (conditional
/// compilation, interpolated raw strings, unbalanced braces) leaves the file as written.
/// </remarks>
internal sealed class CSharpBodyBlanker
{
    // What can change a body's brace count: braces, the starts of literals and comments, directives.
    private static readonly SearchValues<char> BodyStops = SearchValues.Create("{}\"'/#");

    private static readonly string[] ContainerKeywords = ["class", "struct", "interface", "record", "enum", "namespace", "extension"];

    private readonly string _text;
    private readonly char[] _blanked;
    private int _pos;
    private int _typeDepth; // open type and namespace bodies around the cursor
    private bool _container; // a type or namespace keyword since the last member ended at this level
    private int _nesting; // open ( and [ at this level: braces inside them are not bodies

    private CSharpBodyBlanker(string text)
    {
        _text = text;
        _blanked = text.ToCharArray();
    }

    /// <summary>The text with member bodies blanked, or null when the file is better parsed as written.</summary>
    public static string? Blank(string text)
    {
        var blanker = new CSharpBodyBlanker(text);
        return blanker.Run() ? new string(blanker._blanked) : null;
    }

    private bool Run()
    {
        var blankedAny = false;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (SkipNonCode() is var skipped and not 0)
            {
                if (skipped < 0)
                {
                    return false;
                }

                continue;
            }

            if (char.IsLetter(c) || c is '_' or '@')
            {
                ReadWord();
                continue;
            }

            switch (c)
            {
                case '(' or '[':
                    _nesting++;
                    break;
                case ')' or ']':
                    _nesting = Math.Max(0, _nesting - 1);
                    break;
                case ';' when _nesting == 0:
                    _container = false;
                    break;
                case '{' when _nesting == 0 && _container:
                    _typeDepth++;
                    _container = false;
                    break;
                case '{' when _nesting == 0:
                    // Inside a type: a member's body or initializer, where nothing is a declaration the index reads.
                    // Outside one: top-level statements (minimal API routes live there), skipped as they are.
                    var blank = _typeDepth > 0;
                    if (!SkipBody(blank))
                    {
                        return false;
                    }

                    blankedAny |= blank;
                    continue;
                case '}' when _nesting == 0:
                    if (_typeDepth == 0)
                    {
                        return false;
                    }

                    _typeDepth--;
                    _container = false;
                    break;
            }

            _pos++;
        }

        return blankedAny && _typeDepth == 0;
    }

    // From an opening brace to just after its closing brace, blanking what lies between when asked; false when it
    // never closes. Bodies are most of the text: jump from one character that matters to the next.
    private bool SkipBody(bool blank)
    {
        var start = _pos + 1;
        var depth = 0;
        while (_text.AsSpan(_pos).IndexOfAny(BodyStops) is var next and >= 0)
        {
            _pos += next;
            var c = _text[_pos];
            if (c == '"')
            {
                // A string's $ and @ prefixes come before its quote.
                while (_pos > 0 && _text[_pos - 1] is '$' or '@')
                {
                    _pos--;
                }
            }

            if (c is not ('{' or '}'))
            {
                if (SkipNonCode() is var skipped and not 0)
                {
                    if (skipped < 0)
                    {
                        return false;
                    }

                    continue;
                }

                _pos++;
                continue;
            }

            depth += c == '{' ? 1 : -1;
            _pos++;
            if (depth == 0)
            {
                for (var i = start; blank && i < _pos - 1; i++)
                {
                    if (_blanked[i] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
                    {
                        _blanked[i] = ' ';
                    }
                }

                _container = false;
                return true;
            }
        }

        return false;
    }

    private void ReadWord()
    {
        var verbatim = _text[_pos] == '@';
        var start = verbatim ? _pos + 1 : _pos;
        _pos = start;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        // @class is a name; a keyword inside parentheses is a parameter's type or an argument, not a declaration.
        var word = _text.AsSpan(start, _pos - start);
        foreach (var keyword in ContainerKeywords)
        {
            _container |= !verbatim && _nesting == 0 && word.SequenceEqual(keyword);
        }
    }

    /// <summary>Steps over a comment, literal or directive at the cursor: 1 when it did, 0 when none starts here, -1 when unsure.</summary>
    private int SkipNonCode()
    {
        var c = _text[_pos];
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        switch (c)
        {
            case '#' when AtLineStart():
                // Conditional compilation hides text from Roslyn that a brace count would see: give up on those.
                var end = _text.IndexOf('\n', _pos) is var newline and >= 0 ? newline : _text.Length;
                var directive = _text.AsSpan(_pos + 1, end - _pos - 1).TrimStart();
                _pos = end;
                return directive.StartsWith("if") || directive.StartsWith("el") || directive.StartsWith("endif") || directive.StartsWith("define")
                    || directive.StartsWith("undef") ? -1 : 1;
            case '/' when next == '/':
                _pos = _text.IndexOf('\n', _pos) is var lineEnd and >= 0 ? lineEnd : _text.Length;
                return 1;
            case '/' when next == '*':
                var close = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                _pos = close + 2;
                return close < 0 ? -1 : 1;
            case '\'':
                return CSharpLiteralSkipper.SkipCharacter(_text, ref _pos) ? 1 : -1;
            case '"':
            case '$' or '@' when next is '"' or '$' or '@':
                return CSharpLiteralSkipper.SkipString(_text, ref _pos) ? 1 : -1;
            default:
                return 0;
        }
    }

    private bool AtLineStart()
    {
        var i = _pos - 1;
        while (i >= 0 && _text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || _text[i] is '\n' or '\r';
    }
}
