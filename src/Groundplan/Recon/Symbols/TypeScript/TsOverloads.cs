using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>
/// Folds TypeScript overload signatures into the declaration that follows them: one symbol that starts at the first
/// signature (where ctags and people look) and ends with the implementation's body.
/// </summary>
internal sealed class TsOverloads
{
    private readonly List<CodeSymbol> _symbols;
    private bool _lastWasSignature;

    public TsOverloads(List<CodeSymbol> symbols)
    {
        _symbols = symbols;
    }

    public void Add(CodeSymbol symbol, bool hasBody)
    {
        if (_lastWasSignature && _symbols.Count > 0 && _symbols[^1] is var previous &&
            previous.Name == symbol.Name && previous.Container == symbol.Container && previous.Kind is SymbolKind.Function or SymbolKind.Method)
        {
            _symbols[^1] = previous with { EndLine = symbol.EndLine, Kind = symbol.Kind };
        }
        else
        {
            _symbols.Add(symbol);
        }

        _lastWasSignature = !hasBody && symbol.Kind is SymbolKind.Function or SymbolKind.Method;
    }
}
