using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>Walks logical lines with a stack of open classes and functions; a scope ends before the first line indented no deeper than it.</summary>
internal sealed partial class PythonSymbolScanner
{
    private readonly string _path;
    private readonly ScannedText _text;
    private readonly IReadOnlyList<PythonLogicalLine> _lines;
    private readonly List<Scope> _stack = [];
    private readonly List<CodeSymbol> _symbols = [];
    private readonly HashSet<string> _moduleNames = new(StringComparer.Ordinal);

    public PythonSymbolScanner(string path, ScannedText text, IReadOnlyList<PythonLogicalLine> lines)
    {
        _path = path;
        _text = text;
        _lines = lines;
    }

    public IReadOnlyList<CodeSymbol> Scan()
    {
        var decorators = new List<string>();
        var previousEnd = 0;
        foreach (var line in _lines)
        {
            while (_stack.Count > 0 && _stack[^1].Indent >= line.Indent)
            {
                Close(previousEnd);
            }

            previousEnd = line.EndLine;
            var head = line.Text.TrimStart();
            if (head.StartsWith('@'))
            {
                decorators.Add(_text.LineText(line.StartLine).Trim());
                continue;
            }

            if (Definition().Match(head) is { Success: true } def)
            {
                Open(line, def.Groups["name"].Value, def.Groups["kind"].Value == "class", decorators);
            }
            else if (_stack.Count == 0 && Assignment().Match(head) is { Success: true } assignment && _moduleNames.Add(assignment.Groups["name"].Value))
            {
                var name = assignment.Groups["name"].Value;
                var kind = UpperCase().IsMatch(name) ? SymbolKind.Constant : SymbolKind.Variable;
                _symbols.Add(new CodeSymbol(name, kind, _path, line.StartLine, line.EndLine, null, IsPublic(name), Signature(line, [])));
            }

            decorators.Clear();
        }

        while (_stack.Count > 0)
        {
            Close(previousEnd);
        }

        return _symbols;
    }

    private void Open(PythonLogicalLine line, string name, bool isClass, List<string> decorators)
    {
        var inFunction = _stack.Any(s => !s.IsClass);
        var container = _stack.Count > 0 ? string.Join('.', _stack.Select(s => s.Name)) : null;
        var kind = isClass ? SymbolKind.Class : _stack.Count > 0 ? SymbolKind.Method : SymbolKind.Function;
        var index = -1;
        if (!inFunction)
        {
            // Functions nested in functions are private helpers: not part of what other code can call.
            index = _symbols.Count;
            _symbols.Add(new CodeSymbol(name, kind, _path, line.StartLine, line.EndLine, container, IsPublic(name), Signature(line, decorators)));
        }

        _stack.Add(new Scope(line.Indent, name, isClass, index));
    }

    private void Close(int endLine)
    {
        var scope = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        if (scope.SymbolIndex >= 0)
        {
            var symbol = _symbols[scope.SymbolIndex];
            _symbols[scope.SymbolIndex] = symbol with { EndLine = Math.Max(symbol.EndLine, endLine) };
        }
    }

    private string Signature(PythonLogicalLine line, List<string> decorators) =>
        string.Join(' ', decorators.Append(_text.LineText(line.StartLine).Trim()));

    private static bool IsPublic(string name) => !name.StartsWith('_') || (name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:async\s+)?(?<kind>def|class)\s+(?<name>[A-Za-z_]\w*)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^_*[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperCase();

    private sealed record Scope(int Indent, string Name, bool IsClass, int SymbolIndex);
}
