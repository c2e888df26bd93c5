using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>Ranks a file's symbols by the request terms their names contain.</summary>
internal static class SymbolRanker
{
    private const int MaxSymbols = 8;

    public static IReadOnlyList<RankedSymbol> Rank(Query query, List<CodeSymbol>? symbols)
    {
        if (symbols is null || symbols.Count == 0)
        {
            return [];
        }

        var ranked = new List<RankedSymbol>();
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        foreach (var symbol in symbols)
        {
            var score = 0.0;
            List<string>? words = null;
            var tokens = new CodeTokenizer(symbol.Name, buffer);
            while (tokens.MoveNext())
            {
                if (query.Lookup.TryGetValue(buffer[..Stemmer.Stem(buffer, tokens.Length)], out var t))
                {
                    var term = query.Terms[t];
                    words ??= [];
                    if (!words.Contains(term.Stem))
                    {
                        words.Add(term.Stem);
                        score += term.Weight;
                    }
                }
            }

            if (score > 0)
            {
                // Types and routes say more about a feature than locals; exported symbols more than private ones.
                var kind = symbol.Kind is SymbolKind.Class or SymbolKind.Interface or SymbolKind.Route or SymbolKind.Component or SymbolKind.Struct ? 1.2 : 1.0;
                ranked.Add(new RankedSymbol(symbol.Name, symbol.Kind, symbol.StartLine, symbol.EndLine, Math.Round(score * kind * (symbol.Exported ? 1.0 : 0.8), 4), words!));
            }
        }

        return ranked.OrderByDescending(s => s.Score).ThenBy(s => s.StartLine).ThenBy(s => s.Name, StringComparer.Ordinal).Take(MaxSymbols).ToList();
    }
}
