using System.Collections.Concurrent;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Groundplan.Recon.Symbols.CSharp;

/// <summary>C# definitions, ASP.NET routes and <c>using</c> edges, read from Roslyn syntax trees (no compilation).</summary>
internal sealed class CSharpIndexer : ILanguageIndexer
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);
    private readonly Lazy<Dictionary<string, string[]>> _filesByNamespace;

    // What imports and the namespace map read of each file, kept from the parse its definitions were read from: holding
    // every file's whole tree for them kept tens of megabytes alive through the run, and the collector paid for it.
    private readonly ConcurrentDictionary<string, Lazy<CSharpFileOutline>> _outlines = new(StringComparer.Ordinal);

    public CSharpIndexer(Codebase codebase)
    {
        _filesByNamespace = new(() => MapNamespaces(codebase), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public bool Handles(SourceFile file) => file.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<CodeSymbol> Symbols(SourceFile file)
    {
        var (root, source) = Parse(file);
        _outlines.TryAdd(file.Path, new Lazy<CSharpFileOutline>(CSharpFileOutline.Of(root, source)));
        var symbols = new List<CodeSymbol>();
        new CSharpSymbolCollector(file.Path, source, symbols).Visit(root);
        AspNetRouteCollector.Collect(file.Path, file.Text, root, source, symbols);
        return symbols;
    }

    public IReadOnlyList<ImportEdge> Imports(SourceFile file)
    {
        var edges = new List<ImportEdge>();
        foreach (var (name, isStatic, line) in Outline(file).Usings)
        {
            // `using static A.B.Type;` names a type: the files of its namespace are where it lives.
            var lookup = isStatic && name.LastIndexOf('.') is var dot and > 0 ? name[..dot] : name;
            var to = _filesByNamespace.Value.TryGetValue(lookup, out var files) ? files.Where(f => f != file.Path).ToArray() : [];
            edges.Add(new ImportEdge(file.Path, name, line, to));
        }

        return edges;
    }

    private CSharpFileOutline Outline(SourceFile file) =>
        _outlines.GetOrAdd(file.Path, _ => new(() =>
        {
            var (root, source) = Parse(file);
            return CSharpFileOutline.Of(root, source);
        })).Value;

    // The tree, parsed from the file with its member bodies blanked unless routes live in them, and the file's own text.
    private static (CompilationUnitSyntax Root, SourceText Source) Parse(SourceFile file)
    {
        var blanked = AspNetRouteCollector.NamesMinimalApi(file.Text) ? null : CSharpBodyBlanker.Blank(file.Text);
        var tree = CSharpSyntaxTree.ParseText(blanked ?? file.Text, Options, file.Path);
        return ((CompilationUnitSyntax)tree.GetRoot(), blanked is null ? tree.GetText() : SourceText.From(file.Text));
    }

    private Dictionary<string, string[]> MapNamespaces(Codebase codebase)
    {
        // Every file's outline is read here (in parallel: this runs once, while the index waits for it); most were kept
        // when the file's definitions were read.
        var declared = new ConcurrentBag<(string Namespace, string Path)>();
        // Generated files (EF Core designers are two thirds of some repositories' C#) are not indexed, so they are not
        // parsed for their namespaces either; the hand-written files beside them declare the same namespaces.
        Parallel.ForEach(codebase.Files.Where(f => f.Path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !GeneratedCode.IsGenerated(f)), file =>
        {
            // Only a file that declares something in a namespace "declares" it; a bare `namespace X;` with no types still counts.
            foreach (var ns in Outline(file).Namespaces)
            {
                declared.Add((ns, file.Path));
            }
        });

        return declared.GroupBy(d => d.Namespace, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
