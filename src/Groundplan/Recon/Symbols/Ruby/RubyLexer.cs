namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// Splits Ruby source into tokens a block matcher can trust: comments, <c>=begin</c>/<c>=end</c>, strings with nested
/// interpolation, heredocs, %-literals, regexps and character literals are consumed whole, so keywords inside them never count.
/// </summary>
internal sealed partial class RubyLexer
{
    private static readonly string[] Operators =
    [
        "**=", "<=>", "===", "...", "<<=", ">>=", "&&=", "||=", "==", "!=", ">=", "<=", "&&", "||", "<<", ">>", "**", "=~", "!~",
        "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "=>", "->", "..", "::", "&.",
    ];

    private static readonly HashSet<string> ValueKeywords =
        ["if", "unless", "while", "until", "and", "or", "not", "return", "when", "case", "then", "else", "elsif", "do", "begin", "in", "yield", "puts", "p"];

    private readonly string _text;
    private readonly List<RubyToken> _tokens = [];
    private readonly List<(string Terminator, bool Indented)> _heredocs = [];
    private RubyToken? _last;
    private int _i;
    private int _line = 1;
    private bool _space;
    private bool _afterDot;

    private RubyLexer(string text) => _text = text;

    public static List<RubyToken> Lex(string text)
    {
        var lexer = new RubyLexer(text);
        lexer.Run(emit: true, stopAtBrace: false);
        return lexer._tokens;
    }

    private void Run(bool emit, bool stopAtBrace)
    {
        var braces = 0;
        while (_i < _text.Length)
        {
            var c = _text[_i];
            var lineStart = _i == 0 || _text[_i - 1] == '\n';
            if (lineStart && StartsWord("=begin"))
            {
                SkipEmbeddedDocument();
            }
            else if (lineStart && StartsWord("__END__"))
            {
                _i = _text.Length;
            }
            else if (c == '\n')
            {
                Add(new RubyToken(RubyTokenKind.Newline, "\n", _line), emit);
                _i++;
                _line++;
                ReadHeredocBodies();
                _space = true;
            }
            else if (c is ' ' or '\t' or '\r' or '\f')
            {
                _space = true;
                _i++;
            }
            else if (c == '\\' && At(1) == '\n')
            {
                _i += 2;
                _line++;
                _space = true;
            }
            else if (c == '#')
            {
                while (_i < _text.Length && _text[_i] != '\n')
                {
                    _i++;
                }
            }
            else if (stopAtBrace && c == '}' && braces == 0)
            {
                _i++;
                return;
            }
            else
            {
                braces += c == '{' ? 1 : c == '}' ? -1 : 0;
                ReadToken(c, emit);
            }
        }
    }

    private void ReadToken(char c, bool emit)
    {
        var line = _line;
        if (c is '"' or '`')
        {
            _i++;
            Add(String(line, ReadQuoted(c, c, interpolate: true)), emit);
        }
        else if (c == '\'')
        {
            _i++;
            Add(String(line, ReadQuoted('\'', '\'', interpolate: false)), emit);
        }
        else if (c == ':' && At(1) is '"' or '\'')
        {
            var quote = At(1);
            _i += 2;
            Add(new RubyToken(RubyTokenKind.Symbol, ReadQuoted(quote, quote, quote == '"') ?? string.Empty, line, SpaceBefore: _space), emit);
        }
        else if (c == ':' && At(1) != ':' && (IsNameStart(At(1)) || At(1) is '@' or '$'))
        {
            _i++;
            Add(new RubyToken(RubyTokenKind.Symbol, ReadName(allowSuffix: true), line, SpaceBefore: _space), emit);
        }
        else if (c is '@' or '$')
        {
            var start = _i++;
            while (_i < _text.Length && (IsNameChar(_text[_i]) || (_i == start + 1 && _text[_i] == '@')))
            {
                _i++;
            }

            _i = Math.Max(_i, start + 2);
            Add(new RubyToken(RubyTokenKind.Value, _text[start..Math.Min(_i, _text.Length)], line, SpaceBefore: _space), emit);
        }
        else if (char.IsDigit(c))
        {
            var start = _i;
            while (_i < _text.Length && (IsNameChar(_text[_i]) || (_text[_i] == '.' && char.IsDigit(At(1)))))
            {
                _i++;
            }

            Add(new RubyToken(RubyTokenKind.Value, _text[start.._i], line, SpaceBefore: _space), emit);
        }
        else if (IsNameStart(c))
        {
            ReadWord(line, emit);
        }
        else if (!TryReadLiteral(c, line, emit))
        {
            var op = Operators.FirstOrDefault(o => string.CompareOrdinal(_text, _i, o, 0, o.Length) == 0) ?? c.ToString();
            _i += op.Length;
            var afterDot = _afterDot;
            Add(new RubyToken(RubyTokenKind.Punctuation, op, line, afterDot, _space), emit);
            _afterDot = op is "." or "&." or "::";
        }
    }

    private void ReadWord(int line, bool emit)
    {
        var name = ReadName(allowSuffix: true);
        var kind = char.IsUpper(name[0]) ? RubyTokenKind.Constant : RubyTokenKind.Identifier;
        if (At(0) == ':' && At(1) != ':' && !_afterDot)
        {
            _i++;
            kind = RubyTokenKind.Label;
        }

        Add(new RubyToken(kind, name, line, _afterDot, _space), emit);
    }

    private string ReadName(bool allowSuffix)
    {
        var start = _i;
        while (_i < _text.Length && (IsNameChar(_text[_i]) || (_i == start && _text[_i] is '@' or '$')))
        {
            _i++;
        }

        // `empty?` and `save!` are names; `x!= y` and `a ?b :c` are not.
        if (allowSuffix && At(0) is '?' or '!' && At(1) != '=' && !(At(0) == '?' && At(1) == ':'))
        {
            _i++;
        }

        return _text[start.._i];
    }

    private void Add(RubyToken token, bool emit)
    {
        _last = token;
        _space = false;
        if (token.Kind != RubyTokenKind.Punctuation)
        {
            _afterDot = false;
        }

        if (emit)
        {
            _tokens.Add(token);
        }
    }

    // Whether a value may start here, which tells a regexp, %-literal or ?c from division, modulo or the ternary operator.
    private bool ValueExpected()
    {
        if (_last is not { } last)
        {
            return true;
        }

        return last.Kind switch
        {
            RubyTokenKind.Newline or RubyTokenKind.Label => true,
            RubyTokenKind.Punctuation => last.Text is not (")" or "]" or "}"),
            RubyTokenKind.Identifier => ValueKeywords.Contains(last.Text) || (_space && !char.IsWhiteSpace(At(1))),
            _ => false,
        };
    }

    private bool StartsWord(string word) =>
        string.CompareOrdinal(_text, _i, word, 0, word.Length) == 0 && (_i + word.Length >= _text.Length || char.IsWhiteSpace(_text[_i + word.Length]));

    private char At(int offset) => _i + offset < _text.Length ? _text[_i + offset] : '\0';

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c > 127;

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c > 127;

    private RubyToken String(int line, string? content) => new(RubyTokenKind.String, content ?? string.Empty, line, SpaceBefore: _space);
}
