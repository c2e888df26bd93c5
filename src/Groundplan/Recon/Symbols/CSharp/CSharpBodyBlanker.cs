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
    private static readonly SearchValues<char> BodyStops = SearchValues.Create("{}\"'/#");

    private static readonly string[] ContainerKeywords = ["class", "struct", "interface", "record", "enum", "namespace", "extension"];

    private readonly string _text;
    private readonly char[] _blanked;
    private int _typeDepth; // open type and namespace bodies around the cursor
    private int _pos;
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
        var lineStart = true;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is '\n' or '\r')
            {
                lineStart = true;
                _pos++;
                continue;
            }

            if (c is ' ' or '\t')
            {
                _pos++;
                continue;
            }

            if (c == '#' && lineStart)
            {
                if (!SkipDirective())
                {
                    return false;
                }

                continue;
            }

            lineStart = false;
            if (SkipTrivia(c) is var skipped and not 0)
            {
                if (skipped < 0)
                {
                    return false;
                }

                continue;
            }

            if (char.IsLetter(c) || c == '_' || c == '@')
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
                case '{' when _nesting == 0:
                    var typeBody = _container;
                    if (!typeBody && _typeDepth > 0)
                    {
                        // A member's body or initializer inside a type: nothing in it is a declaration the index reads.
                        if (!SkipBody(blank: true))
                        {
                            return false;
                        }

                        blankedAny = true;
                        _container = false;
                        continue;
                    }

                    if (!typeBody)
                    {
                        // Top-level statements: not blanked (minimal API routes live there), but skipped as one block.
                        if (!SkipBody(blank: false))
                        {
                            return false;
                        }

                        continue;
                    }

                    _typeDepth++;
                    _container = false;
                    break;
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

    // From an opening brace to its closing brace, blanking what lies between when asked; false when it never closes.
    // Bodies are most of the text: jump from one character that matters to the next.
    private bool SkipBody(bool blank)
    {
        var start = _pos + 1;
        var depth = 0;
        while (_pos < _text.Length)
        {
            var next = _text.AsSpan(_pos).IndexOfAny(BodyStops);
            if (next < 0)
            {
                return false;
            }

            _pos += next;
            var c = _text[_pos];
            if (c == '#')
            {
                if (AtLineStart(_pos) && !SkipDirective())
                {
                    return false;
                }

                _pos++;
                continue;
            }

            if (c is '"' or '\'' or '/')
            {
                // A string's $ and @ prefixes come before its quote.
                var literal = _pos;
                while (c == '"' && literal > 0 && _text[literal - 1] is '$' or '@')
                {
                    literal--;
                }

                _pos = literal;
                if (SkipTrivia(_text[literal]) is var skipped and not 0)
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

            if (c == '{')
            {
                depth++;
            }
            else if (--depth == 0)
            {
                if (blank)
                {
                    for (var i = start; i < _pos; i++)
                    {
                        if (_blanked[i] is not ('\n' or '\r' or '\u0085' or '\u2028' or '\u2029'))
                        {
                            _blanked[i] = ' ';
                        }
                    }
                }

                _pos++;
                return true;
            }

            _pos++;
        }

        return false;
    }

    private bool AtLineStart(int pos)
    {
        var i = pos - 1;
        while (i >= 0 && _text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || _text[i] is '\n' or '\r';
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

        if (verbatim || _nesting > 0)
        {
            return; // @class is a name; a keyword inside parentheses is a constraint or a parameter's type, not a declaration
        }

        var word = _text.AsSpan(start, _pos - start);
        foreach (var keyword in ContainerKeywords)
        {
            if (word.SequenceEqual(keyword))
            {
                _container = true;
            }
        }
    }

    // A preprocessor line. Conditional compilation hides text from Roslyn that a brace count would see: give up.
    private bool SkipDirective()
    {
        var end = _text.IndexOf('\n', _pos);
        end = end < 0 ? _text.Length : end;
        var directive = _text.AsSpan(_pos + 1, end - _pos - 1).TrimStart();
        if (directive.StartsWith("if") || directive.StartsWith("el") || directive.StartsWith("endif") || directive.StartsWith("define") || directive.StartsWith("undef"))
        {
            return false;
        }

        _pos = end;
        return true;
    }

    /// <summary>Skips a comment, string or character literal at the cursor: 1 when skipped, 0 when none starts here, -1 when unsure.</summary>
    private int SkipTrivia(char c)
    {
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        if (c == '/' && next == '/')
        {
            var end = _text.IndexOf('\n', _pos);
            _pos = end < 0 ? _text.Length : end;
            return 1;
        }

        if (c == '/' && next == '*')
        {
            var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
            _pos = end < 0 ? _text.Length : end + 2;
            return end < 0 ? -1 : 1;
        }

        if (c == '\'')
        {
            return CSharpLiteralSkipper.SkipCharacter(_text, ref _pos) ? 1 : -1;
        }

        if (c == '"' || (c is '$' or '@' && next is '"' or '$' or '@'))
        {
            return CSharpLiteralSkipper.SkipString(_text, ref _pos) ? 1 : -1;
        }

        return 0;
    }
}
