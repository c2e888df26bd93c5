using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols.TypeScript;

namespace Groundplan.Tests.Recon.Symbols.TypeScript;

public sealed class InkwellIndexTests
{
    private static readonly Lazy<(TypeScriptIndexer Indexer, Groundplan.Model.Codebase Codebase)> Inkwell = new(() =>
    {
        var codebase = new CodebaseLoader().Load(Path.Combine(TestPaths.Samples, "inkwell"));
        return (new TypeScriptIndexer(codebase), codebase);
    });

    [Fact]
    public void Symbols_AuthModule_FindsRequireUserWithItsLines()
    {
        // Given the sample app's auth module
        var (indexer, codebase) = Inkwell.Value;

        // When it is indexed
        var symbols = indexer.Symbols(codebase.Find("src/lib/auth.ts")!);

        // Then requireUser is an exported function on lines 66-70, and the cache()-wrapped getter a function too
        Assert.Contains(new CodeSymbol("requireUser", SymbolKind.Function, "src/lib/auth.ts", 66, 70, null, true,
            "export async function requireUser(): Promise<CurrentUser> {"), symbols);
        Assert.Contains(symbols, s => s is { Name: "getCurrentUser", Kind: SymbolKind.Function, StartLine: 49, EndLine: 63 });
        Assert.Contains(symbols, s => s is { Name: "hashToken", Exported: false });
    }

    [Fact]
    public void Symbols_PostsRouteHandler_IsAlsoARoute()
    {
        // Given the App Router handler file
        var (indexer, codebase) = Inkwell.Value;

        // When it is indexed
        var symbols = indexer.Symbols(codebase.Find("src/app/api/posts/route.ts")!);

        // Then GET is a function and the route GET /api/posts covers the same lines
        Assert.Equal(["Function GET 6-12", "Route GET /api/posts 6-12"], symbols.Select(s => $"{s.Kind} {s.Name} {s.StartLine}-{s.EndLine}"));
    }

    [Fact]
    public void Imports_AtAlias_ResolvesToSrcLib()
    {
        // Given a server action importing through the @/* alias of tsconfig.json
        var (indexer, codebase) = Inkwell.Value;

        // When its imports are read
        var edges = indexer.Imports(codebase.Find("src/app/actions/posts.ts")!);

        // Then @/lib/db resolves to src/lib/db.ts and next/cache stays external
        Assert.Contains(new ImportEdge("src/app/actions/posts.ts", "@/lib/db", 9, ["src/lib/db.ts"]), edges, ImportComparer.Instance);
        Assert.Contains(edges, e => e is { Specifier: "next/cache", ToPaths.Count: 0 });
    }

    private sealed class ImportComparer : IEqualityComparer<ImportEdge>
    {
        public static readonly ImportComparer Instance = new();

        public bool Equals(ImportEdge? x, ImportEdge? y) =>
            x is not null && y is not null && x.FromPath == y.FromPath && x.Specifier == y.Specifier && x.Line == y.Line && x.ToPaths.SequenceEqual(y.ToPaths);

        public int GetHashCode(ImportEdge obj) => HashCode.Combine(obj.FromPath, obj.Specifier, obj.Line);
    }
}
