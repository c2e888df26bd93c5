using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.Go;

/// <summary>Reads a Go file's top-level declarations from its tokens: package, funcs, methods, types, consts and vars.</summary>
internal sealed class GoDeclarationReader(string path, IReadOnlyList<string> lines, List<GoToken> tokens)
{
    private readonly List<CodeSymbol> _symbols = [];

    /// <summary>The function bodies found, as token ranges, for route finding.</summary>
    public List<(string Name, int Open, int Close)> Bodies { get; } = [];

    public List<CodeSymbol> Read()
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind != GoTokenKind.Identifier)
            {
                continue;
            }

            switch (token.Text)
            {
                case "package" when Next(k) is { Kind: GoTokenKind.Identifier } name:
                    _symbols.Add(new CodeSymbol(name.Text, SymbolKind.Module, path, token.Line, Math.Max(token.Line, lines.Count), null, true, Line(token.Line)));
                    k++;
                    break;
                case "func":
                    k = Func(k);
                    break;
                case "type" or "const" or "var":
                    k = Specs(k, token.Text);
                    break;
                case "import":
                    k = SkipSpecGroupOrOne(k);
                    break;
                default:
                    break;
            }
        }

        return _symbols;
    }

    private int Func(int k)
    {
        var start = tokens[k];
        var i = k + 1;
        string? receiver = null;
        if (At(i).Is("("))
        {
            var close = Match(i);
            receiver = ReceiverType(i + 1, close);
            i = close + 1;
        }

        if (At(i).Kind != GoTokenKind.Identifier)
        {
            return i;
        }

        var name = tokens[i].Text;
        var end = i;
        while (end < tokens.Count && tokens[end].Kind != GoTokenKind.Semicolon && !tokens[end].Is("{"))
        {
            // `func Done() <-chan struct{} {`: a struct or interface type in the signature has braces of its own.
            var typeBraces = tokens[end].Text is "struct" or "interface" && At(end + 1).Is("{");
            end = tokens[end].Is("(") || tokens[end].Is("[") ? Match(end) + 1 : typeBraces ? Match(end + 1) + 1 : end + 1;
        }

        var last = end;
        if (At(end).Is("{"))
        {
            last = Match(end);
            Bodies.Add((name, end, last));
        }
        else
        {
            last = Math.Max(i, end - 1);
        }

        var kind = receiver is null ? SymbolKind.Function : SymbolKind.Method;
        _symbols.Add(new CodeSymbol(name, kind, path, start.Line, At(last).EndLine, receiver, IsExported(name), Line(start.Line)));
        return last;
    }

    private int Specs(int k, string keyword)
    {
        if (!At(k + 1).Is("("))
        {
            return Spec(k + 1, keyword, tokens[k].Line);
        }

        var close = Match(k + 1);
        for (var i = k + 2; i < close; i++)
        {
            if (tokens[i].Kind != GoTokenKind.Semicolon)
            {
                i = Math.Min(Spec(i, keyword, tokens[i].Line), close);
            }
        }

        return close;
    }

    // One spec: `Name [T any] struct {...}`, `A, B = 1, 2`, `X int`; returns the index of its last token.
    private int Spec(int i, string keyword, int signatureLine)
    {
        var names = new List<GoToken>();
        while (At(i).Kind == GoTokenKind.Identifier)
        {
            names.Add(tokens[i]);
            if (keyword == "type" || !At(i + 1).Is(","))
            {
                break;
            }

            i += 2;
        }

        var end = i + 1;
        if (keyword == "type" && At(end).Is("[") && IsTypeParameterList(end))
        {
            end = Match(end) + 1;
        }

        if (keyword == "type" && At(end).Is("="))
        {
            end++;
        }

        var kind = keyword switch
        {
            "const" => SymbolKind.Constant,
            "var" => SymbolKind.Variable,
            _ when At(end).Text == "struct" => SymbolKind.Struct,
            _ when At(end).Text == "interface" => SymbolKind.Interface,
            _ => SymbolKind.Type,
        };
        while (end < tokens.Count && tokens[end].Kind != GoTokenKind.Semicolon && !tokens[end].Is(")"))
        {
            end = tokens[end].Is("(") || tokens[end].Is("[") || tokens[end].Is("{") ? Match(end) + 1 : end + 1;
        }

        var last = Math.Max(i, end - 1);
        foreach (var name in names.Where(n => n.Text != "_"))
        {
            _symbols.Add(new CodeSymbol(name.Text, kind, path, name.Line, Math.Max(name.Line, At(last).EndLine), null, IsExported(name.Text), Line(name.Line == signatureLine ? signatureLine : name.Line)));
        }

        return last;
    }

    // `type A[T any] ...` declares type parameters; `type A [4]int` and `type A [N]int` are array types.
    private bool IsTypeParameterList(int open)
    {
        if (At(open + 1).Kind != GoTokenKind.Identifier)
        {
            return false;
        }

        var second = At(open + 2);
        return second.Kind == GoTokenKind.Identifier || second.Is(",") || second.Is("~") || second.Is("[")
            || (second.Is("*") && At(open + 3).Kind == GoTokenKind.Identifier);
    }

    private string? ReceiverType(int from, int close)
    {
        string? type = null;
        for (var i = from; i < close; i++)
        {
            if (tokens[i].Is("["))
            {
                i = Match(i);
            }
            else if (tokens[i].Kind == GoTokenKind.Identifier)
            {
                type = tokens[i].Text;
            }
        }

        return type;
    }

    private int SkipSpecGroupOrOne(int k) => At(k + 1).Is("(") ? Match(k + 1) : k + 1;

    /// <summary>The index of the bracket closing the one at <paramref name="open"/> (or the last token when unbalanced).</summary>
    public int Match(int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != GoTokenKind.Punctuation)
            {
                continue;
            }

            depth += tokens[i].Text switch { "(" or "[" or "{" => 1, ")" or "]" or "}" => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return tokens.Count - 1;
    }

    private GoToken? Next(int k) => k + 1 < tokens.Count ? tokens[k + 1] : null;

    private GoToken At(int i) => i >= 0 && i < tokens.Count ? tokens[i] : new GoToken(GoTokenKind.Semicolon, string.Empty, 0, 0);

    private string Line(int line) => line >= 1 && line <= lines.Count ? lines[line - 1].Trim() : string.Empty;

    private static bool IsExported(string name) => name.Length > 0 && char.IsUpper(name[0]);
}
