using System.Collections.Concurrent;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon;

/// <summary>What detectors read: the codebase, its symbols and imports, and helpers to cite evidence.</summary>
public sealed class ReconContext
{
    private readonly ConcurrentDictionary<string, Lazy<string[]>> _lines;
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();
    private readonly Task<(IReadOnlyList<CodeSymbol> Symbols, IReadOnlyList<ImportEdge> Imports)> _index;

    /// <summary>Creates a context over a codebase and its index.</summary>
    public ReconContext(Codebase codebase, IReadOnlyList<CodeSymbol> symbols, IReadOnlyList<ImportEdge> imports)
        : this(codebase, Task.FromResult((symbols, imports)))
    {
    }

    /// <summary>A context whose index is still being built: detectors that read it wait; the others run meanwhile.</summary>
    internal ReconContext(Codebase codebase, Task<(IReadOnlyList<CodeSymbol> Symbols, IReadOnlyList<ImportEdge> Imports)> index)
    {
        Codebase = codebase;
        _index = index;
        // Sized for every file and striped finely: detectors on every core add files' lines at once, and with the default
        // two locks and repeated growth they waited on each other (a tenth of lint's detector time on a 3,000-file tree).
        _lines = new(concurrencyLevel: 64, capacity: codebase.Files.Count, StringComparer.Ordinal);
    }

    /// <summary>The codebase.</summary>
    public Codebase Codebase { get; }

    /// <summary>Every definition found.</summary>
    public IReadOnlyList<CodeSymbol> Symbols => _index.GetAwaiter().GetResult().Symbols;

    /// <summary>Every import found.</summary>
    public IReadOnlyList<ImportEdge> Imports => _index.GetAwaiter().GetResult().Imports;

    /// <summary>The file's lines (without line terminators); computed once per file, safe from any thread.</summary>
    public IReadOnlyList<string> Lines(SourceFile file) =>
        _lines.GetOrAdd(file.Path, _ => new Lazy<string[]>(() => SplitLines(file.Text))).Value;

    // Split on '\n' with the trailing '\r's of each line cut, in one pass and one string per line.
    private static string[] SplitLines(string text)
    {
        var lines = new string[text.AsSpan().Count('\n') + 1];
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines[i] = text.AsSpan(start, end - start).TrimEnd('\r').ToString();
            start = end + 1;
        }

        return lines;
    }

    /// <summary>
    /// A value several detectors derive from the codebase (a stack's parsed manifests), built once per run by
    /// <paramref name="create"/> and keyed by its type.
    /// </summary>
    public T Shared<T>(Func<ReconContext, T> create)
        where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this))).Value;

    /// <summary>Evidence for the first line of <paramref name="file"/> that satisfies <paramref name="match"/>, or null.</summary>
    public Evidence? FirstLine(SourceFile file, Func<string, bool> match)
    {
        var lines = Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            if (match(lines[i]))
            {
                return At(file, i + 1);
            }
        }

        return null;
    }

    /// <summary>Evidence for a 1-based line of <paramref name="file"/>, with its trimmed text as the excerpt.</summary>
    public Evidence At(SourceFile file, int line)
    {
        var lines = Lines(file);
        return At(file, line, line >= 1 && line <= lines.Count ? lines[line - 1] : string.Empty);
    }

    /// <summary>Evidence for a 1-based line of <paramref name="file"/> whose text the caller already holds.</summary>
    internal static Evidence At(SourceFile file, int line, string lineText)
    {
        var excerpt = lineText.Trim();
        return new Evidence(file.Path, line, excerpt.Length > 160 ? excerpt[..160] : excerpt);
    }

    /// <summary>Evidence for the line holding character <paramref name="index"/> of <paramref name="file"/>.</summary>
    public Evidence AtIndex(SourceFile file, int index) =>
        At(file, file.Text.AsSpan(0, Math.Clamp(index, 0, file.Text.Length)).Count('\n') + 1);
}
