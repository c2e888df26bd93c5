using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols;

namespace Groundplan.Tests.Recon.Symbols.CSharp;

/// <summary>Runs an indexer over one real file in a temp folder; shared by the Go, Ruby and C# indexer tests.</summary>
internal static class IndexedSource
{
    public static IReadOnlyList<CodeSymbol> Symbols(Func<Codebase, ILanguageIndexer> indexer, string path, string source)
    {
        using var dir = new TempDirectory();
        dir.Write(path, source);
        var codebase = new CodebaseLoader().Load(dir.Path);
        return indexer(codebase).Symbols(codebase.Find(path)!);
    }

    /// <summary>One symbol as a short line, so a test can compare a whole file's symbols at once.</summary>
    public static string Row(CodeSymbol s, string hidden) =>
        $"{s.Kind} {s.Name} {s.StartLine}-{s.EndLine} in {s.Container ?? "-"}{(s.Exported ? string.Empty : " " + hidden)}";

    /// <summary>The imports of <paramref name="path"/> in a temp tree of <paramref name="files"/>, as "line specifier -> targets".</summary>
    public static string[] Imports(Func<Codebase, ILanguageIndexer> indexer, IReadOnlyDictionary<string, string> files, string path)
    {
        using var dir = new TempDirectory();
        foreach (var (relative, text) in files)
        {
            dir.Write(relative, text);
        }

        var codebase = new CodebaseLoader().Load(dir.Path);
        return indexer(codebase).Imports(codebase.Find(path)!).Select(e => $"{e.Line} {e.Specifier} -> {string.Join(",", e.ToPaths)}").ToArray();
    }
}
