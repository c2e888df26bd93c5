using Groundplan.Model.Recon;

namespace Groundplan.Model.Retrieval;

/// <summary>A symbol of a ranked file that matches the request, with the request terms it matched.</summary>
public sealed record RankedSymbol(string Name, SymbolKind Kind, int StartLine, int EndLine, double Score, IReadOnlyList<string> Terms);
