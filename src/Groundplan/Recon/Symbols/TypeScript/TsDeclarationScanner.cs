using System.Buffers;
using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>
/// Top-level declarations of a masked TS/JS file (and those inside namespaces), then the members of each class.
/// Anonymous default exports are named after the file's stem (the folder's name for index files).
/// </summary>
internal sealed partial class TsDeclarationScanner
{
    // The first letters of the words a declaration can start with (export, default, declare, abstract, async, function, ...).
    private static readonly SearchValues<char> DeclarationStarts = SearchValues.Create("edafcitnmlv");

    private readonly string _path;
    private readonly ScannedText _text;
    private readonly bool _jsx;
    private readonly TsExtent _extent;
    private readonly Dictionary<int, string> _namespaces = [];
    private readonly List<CodeSymbol> _symbols = [];

    public TsDeclarationScanner(string path, ScannedText text, bool jsx)
    {
        _path = path;
        _text = text;
        _jsx = jsx;
        _extent = new TsExtent(text.Masked, new BlockMap(text.Masked));
    }

    public IReadOnlyList<CodeSymbol> Scan()
    {
        var exportedLater = ExportedNames();
        var classes = new List<(CodeSymbol Symbol, int Open)>();
        var overloads = new TsOverloads(_symbols);
        foreach (var match in Declarations(_text.Masked))
        {
            var enclosing = _extent.Blocks.Enclosing(match.Index);
            if (enclosing >= 0 && !_namespaces.ContainsKey(enclosing))
            {
                continue;
            }

            var container = enclosing >= 0 ? _namespaces[enclosing] : null;
            var keyword = match.Groups["kw"].Value.EndsWith("enum", StringComparison.Ordinal) ? "enum" : match.Groups["kw"].Value;
            var nameGroup = match.Groups["name"];
            var name = nameGroup.Success ? nameGroup.Value : AnonymousName();
            var exported = match.Groups["export"].Success || exportedLater.Contains(name);
            var after = nameGroup.Success ? nameGroup.Index + nameGroup.Length : match.Index + match.Length;
            var (kind, open, end) = Shape(keyword, name, after, !nameGroup.Success);
            if (kind is null)
            {
                continue;
            }

            var start = _text.LineOf(match.Index + match.Value.Length - match.Value.TrimStart().Length);
            var symbol = new CodeSymbol(name, kind.Value, _path, start, _text.LineOf(end), container, exported, _text.LineText(start).Trim());
            overloads.Add(symbol, open >= 0 || keyword != "function");
            if (keyword is "namespace" or "module" && open >= 0)
            {
                _namespaces[open] = container is null ? name : container + "." + name;
            }
            else if (kind == SymbolKind.Class && open >= 0)
            {
                classes.Add((_symbols[^1], open));
            }
        }

        foreach (var (symbol, open) in classes)
        {
            _symbols.AddRange(new TsClassMembers(_path, _text, _extent).Scan(symbol, open));
        }

        return _symbols;
    }

    // Declaration() at each line start, in order: what a ^-anchored multiline search finds (no match spans a line),
    // without trying the pattern on lines whose first word cannot begin one (most lines of a file).
    private static IEnumerable<Match> Declarations(string masked)
    {
        for (var start = 0; start < masked.Length;)
        {
            var first = masked.AsSpan(start).IndexOfAnyExcept(" \t");
            if (first >= 0 && DeclarationStarts.Contains(masked[start + first]) && Declaration().Match(masked, start) is { Success: true } match)
            {
                yield return match;
            }

            var newline = masked.IndexOf('\n', start);
            start = newline < 0 ? masked.Length : newline + 1;
        }
    }

    private (SymbolKind? Kind, int Open, int End) Shape(string keyword, string name, int after, bool anonymous)
    {
        switch (keyword)
        {
            case "class" or "interface" or "enum" or "namespace" or "module":
            {
                var open = _extent.BodyOpen(after);
                var kind = keyword switch
                {
                    "class" => SymbolKind.Class,
                    "interface" => SymbolKind.Interface,
                    "enum" => SymbolKind.Enum,
                    _ => SymbolKind.Module,
                };
                return (kind, open, open >= 0 ? _extent.Blocks.CloseOf(open) : _extent.StatementEnd(after));
            }

            case "type":
                return (SymbolKind.Type, -1, _extent.StatementEnd(after));
            case "function":
            {
                var paren = _text.Masked.IndexOf('(', after);
                if (paren < 0)
                {
                    return (null, -1, 0);
                }

                var close = _extent.MatchParen(paren);
                var open = _extent.BodyOpen(close + 1);
                var end = open >= 0 ? _extent.Blocks.CloseOf(open) : _extent.StatementEnd(close);
                return (ComponentOr(SymbolKind.Function, name, after, end, anonymous), open, end);
            }

            default:
            {
                var end = _extent.StatementEnd(after);
                var kind = IsFunctionValue(after) ? SymbolKind.Function : keyword == "const" ? SymbolKind.Constant : SymbolKind.Variable;
                return (ComponentOr(kind, name, after, end), -1, end);
            }
        }
    }

    // A PascalCase function, or const holding one (memo, forwardRef), whose code holds JSX is a React component.
    // An anonymous default export is named after its file, so its case says nothing.
    private SymbolKind ComponentOr(SymbolKind kind, string name, int start, int end, bool anonymous = false) =>
        _jsx && (anonymous || (name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.Any(char.IsLower))) && _text.HasMarker(start, end + 1)
            ? SymbolKind.Component
            : kind;

    private bool IsFunctionValue(int afterName)
    {
        var eq = _text.Masked.IndexOf('=', afterName);
        if (eq < 0 || _text.Masked.AsSpan(afterName, eq - afterName).ContainsAny(";\n"))
        {
            return false;
        }

        var value = _text.Masked.AsSpan(eq + 1).TrimStart();
        if (FunctionValue().IsMatch(value) || WrappedFunction().IsMatch(value))
        {
            return true;
        }

        // An arrow function, or a call wrapping one (cache(async () => ...), memo((props) => ...)).
        var length = 0;
        foreach (var arrow in ArrowStart().EnumerateMatches(value))
        {
            length = arrow.Length;
        }

        if (length == 0)
        {
            return false;
        }

        var offset = _text.Masked.Length - value.Length + length - 1;
        var close = _extent.MatchParen(offset);
        var rest = _text.Masked.AsSpan(close + 1).TrimStart();
        return rest.StartsWith("=>") || (rest.StartsWith(":") && rest[..Math.Min(rest.Length, 200)].IndexOf("=>") is >= 0);
    }

    private string AnonymousName()
    {
        var slash = _path.LastIndexOf('/');
        var file = _path[(slash + 1)..];
        var stem = file[..(file.IndexOf('.') is var dot and > 0 ? dot : file.Length)];
        if (stem == "index" && slash > 0)
        {
            var folder = _path[..slash];
            return folder[(folder.LastIndexOf('/') + 1)..];
        }

        return stem;
    }

    private HashSet<string> ExportedNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match list in ExportList().Matches(_text.Masked))
        {
            foreach (var item in list.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                names.Add(item.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var local, ..] && local != "type" ? local : item.Split(' ').Last());
            }
        }

        foreach (Match single in ExportDefaultName().Matches(_text.Masked))
        {
            names.Add(single.Groups["name"].Value);
        }

        return names;
    }

    [GeneratedRegex(@"\G[ \t]*(?<export>export[ \t]+)?(?:default[ \t]+)?(?:declare[ \t]+)?(?:abstract[ \t]+)?(?:async[ \t]+)?(?<kw>function|class|interface|type|enum|namespace|module|const[ \t]+enum|const|let|var)(?:[ \t]*\*[ \t]*|[ \t]+)(?!(?:extends|implements)\b)(?<name>[A-Za-z_$][\w$]*)|\G[ \t]*(?<export>export)[ \t]+default[ \t]+(?:async[ \t]+)?(?<kw>function|class)\b")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(?:async\s*)?(?:function\b|[A-Za-z_$][\w$]*\s*=>)")]
    private static partial Regex FunctionValue();

    [GeneratedRegex(@"^[\w$.]+(?:<[^>]*>)?\s*\(\s*(?:async\s*)?(?:function\b|[A-Za-z_$][\w$]*\s*=>)")]
    private static partial Regex WrappedFunction();

    [GeneratedRegex(@"^(?:[\w$.]+(?:<[^>]*>)?\s*\(\s*)?(?:async\s*)?(?:<[^>]*>\s*)?\(")]
    private static partial Regex ArrowStart();

    [GeneratedRegex(@"(?<![\w$.])export\s*\{(?<names>[^}]*)\}(?!\s*from)")]
    private static partial Regex ExportList();

    [GeneratedRegex(@"(?<![\w$.])export\s+default\s+(?<name>[A-Za-z_$][\w$]*)\s*;?\s*$", RegexOptions.Multiline)]
    private static partial Regex ExportDefaultName();
}
