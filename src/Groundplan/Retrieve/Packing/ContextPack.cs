namespace Groundplan.Retrieve.Packing;

/// <summary>A budgeted context pack: its text, its o200k token count, and which files went in whole or as signatures.</summary>
internal sealed record ContextPack(string Text, int Tokens, IReadOnlyList<string> WholeFiles, IReadOnlyList<string> SignatureFiles, bool ReconIncluded);
