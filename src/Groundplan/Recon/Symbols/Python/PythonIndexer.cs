using System.Runtime.CompilerServices;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>Python definitions (classes, functions, methods, module-level names, Flask/FastAPI/Django routes) and imports.</summary>
internal sealed class PythonIndexer : ILanguageIndexer
{
    // Built on the first import resolved: lint indexes a plan's files for their definitions only.
    private readonly Lazy<PythonModuleResolver> _resolver;

    // Symbols and Imports are asked for the same file one after the other: mask it once.
    private readonly ConditionalWeakTable<SourceFile, Scanned> _scanned = [];

    public PythonIndexer(Codebase codebase)
    {
        _resolver = new(() => new PythonModuleResolver(codebase), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool Handles(SourceFile file) =>
        file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".pyi", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<CodeSymbol> Symbols(SourceFile file)
    {
        var scanned = Scan(file);
        var symbols = new PythonSymbolScanner(file.Path, scanned.Text, scanned.Lines).Scan();
        return [.. symbols, .. PythonRoutes.Find(file.Path, scanned.Text, scanned.Lines, symbols)];
    }

    public IReadOnlyList<ImportEdge> Imports(SourceFile file)
    {
        var scanned = Scan(file);
        return PythonImportScanner.Scan(file.Path, scanned.Lines, _resolver.Value);
    }

    private Scanned Scan(SourceFile file) => _scanned.GetValue(file, f =>
    {
        var text = PythonMasker.Mask(f.Text);
        return new Scanned(text, PythonLines.Split(text));
    });

    private sealed record Scanned(ScannedText Text, IReadOnlyList<PythonLogicalLine> Lines);
}
