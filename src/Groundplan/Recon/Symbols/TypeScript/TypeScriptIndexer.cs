using System.Runtime.CompilerServices;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.Scanning;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>TypeScript and JavaScript definitions (declarations, class members, components, routes) and imports resolved to repo files.</summary>
internal sealed class TypeScriptIndexer : ILanguageIndexer
{
    private static readonly string[] Extensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    // Built on the first import resolved: lint indexes a plan's files for their definitions only.
    private readonly Lazy<TsModuleResolver> _resolver;
    private readonly ConditionalWeakTable<SourceFile, ScannedText> _scanned = [];

    public TypeScriptIndexer(Codebase codebase)
    {
        _resolver = new(() => new TsModuleResolver(codebase), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool Handles(SourceFile file) => Extensions.Any(e => file.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<CodeSymbol> Symbols(SourceFile file)
    {
        var text = Scan(file);
        var declarations = new TsDeclarationScanner(file.Path, text, AllowsJsx(file.Path)).Scan();
        return [.. declarations, .. TsRoutes.Find(file.Path, text, declarations)];
    }

    public IReadOnlyList<ImportEdge> Imports(SourceFile file) => TsImportScanner.Scan(file.Path, Scan(file), _resolver.Value);

    // Plain .js files often hold JSX too (Create React App); .ts files cannot, and there '<' starts type assertions.
    internal static bool AllowsJsx(string path) =>
        !path.EndsWith(".ts", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".mts", StringComparison.OrdinalIgnoreCase) &&
        !path.EndsWith(".cts", StringComparison.OrdinalIgnoreCase);

    private ScannedText Scan(SourceFile file) => _scanned.GetValue(file, f => JsMasker.Mask(f.Text, AllowsJsx(f.Path)));
}
