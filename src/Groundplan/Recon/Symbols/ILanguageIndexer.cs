using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Symbols;

/// <summary>Finds one language's definitions and imports. One instance serves one codebase (it may cache config such as tsconfig paths).</summary>
/// <remarks>Thread-safe: the index builder calls it from several threads, one file per call.</remarks>
internal interface ILanguageIndexer
{
    /// <summary>Whether this indexer reads <paramref name="file"/>.</summary>
    bool Handles(SourceFile file);

    /// <summary>The definitions in <paramref name="file"/>.</summary>
    IReadOnlyList<CodeSymbol> Symbols(SourceFile file);

    /// <summary>The imports of <paramref name="file"/>, resolved to repo files where they point inside the codebase.</summary>
    IReadOnlyList<ImportEdge> Imports(SourceFile file);
}
