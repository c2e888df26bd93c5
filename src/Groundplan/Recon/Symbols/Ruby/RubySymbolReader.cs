using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// Matches Ruby's <c>end</c>s to what they close (class, module, def, do, begin, case, and if/unless/while/until/for
/// when they start a statement rather than modify one) and records modules, classes, methods and constants.
/// </summary>
/// <remarks>Methods are exported unless they follow a bare <c>private</c>/<c>protected</c>, are written <c>private def</c>, or are named by <c>private :name</c>.</remarks>
internal sealed class RubySymbolReader(string path, IReadOnlyList<string> lines, List<RubyToken> tokens)
{
    private static readonly HashSet<string> StatementKeywords = ["if", "unless", "while", "until", "case", "begin", "for"];
    private static readonly HashSet<string> StartingKeywords = ["then", "do", "else", "begin", "and", "or", "not", "ensure", "elsif", "when", "in"];

    private readonly List<CodeSymbol> _symbols = [];
    private readonly List<Frame> _frames = [];

    public List<CodeSymbol> Read()
    {
        var loopLine = false; // a `do` after while/until/for on the same line belongs to the loop
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == RubyTokenKind.Newline || token.IsPunctuation(";"))
            {
                loopLine = false;
                continue;
            }

            if (token.Kind == RubyTokenKind.Constant && StatementStart(k) && At(k + 1).IsPunctuation("=") && Scope() is not Frame { Kind: FrameKind.Def })
            {
                Add(token.Text, SymbolKind.Constant, token.Line, StatementEnd(k), exported: true);
                continue;
            }

            if (token.Kind != RubyTokenKind.Identifier || token.AfterDot || At(k - 1).IsKeyword("def"))
            {
                continue;
            }

            switch (token.Text)
            {
                case "class" when At(k + 1).IsPunctuation("<<"):
                    _frames.Add(new Frame(FrameKind.Block, null, -1));
                    break;
                case "class" or "module":
                    k = Namespace(k);
                    break;
                case "def":
                    k = Def(k);
                    break;
                case "private" or "protected" or "public" when StatementStart(k) && Scope() is Frame { Kind: FrameKind.Namespace } scope:
                    Visibility(k, scope);
                    break;
                case "do" when loopLine:
                    loopLine = false;
                    break;
                case "do":
                    _frames.Add(new Frame(FrameKind.Block, null, -1));
                    break;
                case var keyword when StatementKeywords.Contains(keyword) && StatementStart(k):
                    loopLine = keyword is "while" or "until" or "for";
                    _frames.Add(new Frame(FrameKind.Block, null, -1));
                    break;
                case "end":
                    Close(token.Line);
                    break;
                default:
                    break;
            }
        }

        return _symbols;
    }

    private int Namespace(int k)
    {
        var start = tokens[k];
        var name = ConstantPath(k + 1, out var last);
        if (name is null)
        {
            return k;
        }

        var index = Add(name, start.Text == "class" ? SymbolKind.Class : SymbolKind.Module, start.Line, start.Line, exported: true);
        _frames.Add(new Frame(FrameKind.Namespace, name, index));
        return last;
    }

    private int Def(int k)
    {
        var start = tokens[k];
        var i = k + 1;
        if ((At(i).IsKeyword("self") || At(i).Kind == RubyTokenKind.Constant) && At(i + 1).IsPunctuation("."))
        {
            i += 2;
        }

        var name = At(i).Text;
        if (At(i).IsPunctuation("[") && At(i + 1).IsPunctuation("]"))
        {
            name = "[]"; // `def [](key)`, `def []=(key, value)`
            i++;
        }
        else if (At(i).Kind == RubyTokenKind.Punctuation && At(i + 1) is { Kind: RubyTokenKind.Value, SpaceBefore: false } unary && unary.Text.StartsWith('@'))
        {
            name += "@"; // unary operators: `def -@`
            i++;
        }

        if (At(i + 1).IsPunctuation("=") && !At(i + 1).SpaceBefore && (At(i + 2).IsPunctuation("(") || !At(i + 2).SpaceBefore))
        {
            name += "="; // a setter, `def name=(value)`
            i++;
        }

        var scope = Scope();
        var exported = scope is not { Private: true } && !(At(k - 1).Kind == RubyTokenKind.Identifier && At(k - 1).Text is "private" or "protected");
        var j = i + 1;
        if (At(j).IsPunctuation("(") && !At(j).SpaceBefore)
        {
            j = Match(j) + 1;
        }

        if (At(j).IsPunctuation("="))
        {
            Add(name, SymbolKind.Method, start.Line, StatementEnd(j), exported); // endless: no end to match
            return j;
        }

        var index = Add(name, SymbolKind.Method, start.Line, start.Line, exported);
        _frames.Add(new Frame(FrameKind.Def, name, index));
        return i;
    }

    private void Visibility(int k, Frame scope)
    {
        var private_ = tokens[k].Text != "public";
        if (At(k + 1).Kind == RubyTokenKind.Newline || At(k + 1).IsPunctuation(";") || k + 1 >= tokens.Count)
        {
            scope.Private = private_;
            return;
        }

        // `private :a, :b` hides methods already defined in this class.
        for (var i = k + 1; At(i).Kind is RubyTokenKind.Symbol or RubyTokenKind.Punctuation && !At(i).IsPunctuation(";"); i++)
        {
            var named = _symbols.FindIndex(s => s.Kind == SymbolKind.Method && s.Name == At(i).Text && s.Container == Container() && At(i).Kind == RubyTokenKind.Symbol);
            if (named >= 0)
            {
                _symbols[named] = _symbols[named] with { Exported = !private_ };
            }
        }
    }

    private void Close(int line)
    {
        if (_frames.Count == 0)
        {
            return;
        }

        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        if (frame.Symbol >= 0)
        {
            _symbols[frame.Symbol] = _symbols[frame.Symbol] with { EndLine = line };
        }
    }

    private int Add(string name, SymbolKind kind, int line, int endLine, bool exported)
    {
        _symbols.Add(new CodeSymbol(name, kind, path, line, Math.Max(line, endLine), Container(), exported, lines[line - 1].Trim()));
        return _symbols.Count - 1;
    }

    private string? Container()
    {
        var names = _frames.Where(f => f.Kind == FrameKind.Namespace).Select(f => f.Name!).ToArray();
        return names.Length == 0 ? null : string.Join("::", names);
    }

    private Frame? Scope() => _frames.LastOrDefault(f => f.Kind is FrameKind.Namespace or FrameKind.Def);

    // `Admin::UsersController`, `::Top`: the name as written, and the index of its last token.
    private string? ConstantPath(int i, out int last)
    {
        var parts = new List<string>();
        last = i;
        if (At(i).IsPunctuation("::"))
        {
            i++;
        }

        while (At(i).Kind == RubyTokenKind.Constant)
        {
            parts.Add(At(i).Text);
            last = i;
            if (!At(i + 1).IsPunctuation("::"))
            {
                break;
            }

            i += 2;
        }

        return parts.Count == 0 ? null : string.Join("::", parts);
    }

    private bool StatementStart(int k)
    {
        var previous = At(k - 1);
        return k == 0 || previous.Kind == RubyTokenKind.Newline
            || (previous.Kind == RubyTokenKind.Punctuation && previous.Text is not (")" or "]" or "}"))
            || (previous.Kind == RubyTokenKind.Identifier && !previous.AfterDot && StartingKeywords.Contains(previous.Text));
    }

    private int StatementEnd(int k)
    {
        var depth = 0;
        var line = At(k).Line;
        for (var i = k; i < tokens.Count; i++)
        {
            var t = tokens[i];
            depth += t.Kind == RubyTokenKind.Punctuation ? t.Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 } : 0;
            if (depth <= 0 && (t.Kind == RubyTokenKind.Newline || t.IsPunctuation(";")) && !(i > 0 && tokens[i - 1].Kind == RubyTokenKind.Punctuation && tokens[i - 1].Text is "," or "=" or "||" or "&&" or "+" or "."))
            {
                return line;
            }

            line = t.Line;
        }

        return line;
    }

    private int Match(int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += tokens[i].Kind == RubyTokenKind.Punctuation ? tokens[i].Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 } : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return tokens.Count - 1;
    }

    private RubyToken At(int i) => i >= 0 && i < tokens.Count ? tokens[i] : new RubyToken(RubyTokenKind.Newline, "\n", 0);

    private enum FrameKind
    {
        Namespace,
        Def,
        Block,
    }

    private sealed class Frame(FrameKind kind, string? name, int symbol)
    {
        public FrameKind Kind { get; } = kind;

        public string? Name { get; } = name;

        public int Symbol { get; } = symbol;

        public bool Private { get; set; }
    }
}
