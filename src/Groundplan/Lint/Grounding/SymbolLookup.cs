using System.Collections.Concurrent;
using Groundplan.Model.Recon;
using Groundplan.Model;
using Groundplan.Recon;
using Groundplan.Recon.Symbols;

namespace Groundplan.Lint.Grounding;

/// <summary>
/// Symbols on demand: a file is indexed the first time a rule asks about it, so lint never pays for a full index.
/// Whether a name occurs anywhere is answered by one scan over the text for all names asked at once.
/// </summary>
internal sealed class SymbolLookup
{
    private readonly Codebase _codebase;
    private readonly Lazy<ILanguageIndexer[]> _indexers;
    private readonly ConcurrentDictionary<string, IReadOnlyList<CodeSymbol>> _byFile = new(StringComparer.Ordinal);

    public SymbolLookup(Codebase codebase)
    {
        _codebase = codebase;
        _indexers = new Lazy<ILanguageIndexer[]>(() => ReconEngine.BuiltInIndexers(codebase));
    }

    /// <summary>The definitions in <paramref name="path"/> (empty when the file is absent or no indexer reads it).</summary>
    public IReadOnlyList<CodeSymbol> In(string path) => _byFile.GetOrAdd(path, p =>
    {
        var file = _codebase.Find(p);
        if (file is null)
        {
            return [];
        }

        var found = new List<CodeSymbol>();
        foreach (var indexer in _indexers.Value.Where(i => i.Handles(file)))
        {
            try
            {
                found.AddRange(indexer.Symbols(file));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A file the indexer cannot read has no symbols lint can vouch for; the text checks still apply.
            }
        }

        return found;
    });

    /// <summary>Whether <paramref name="path"/> defines <paramref name="name"/> (also as Container.Name).</summary>
    public bool DefinedIn(string path, string name) =>
        In(path).Any(s => s.Name == name || (s.Container is not null && s.Container + "." + s.Name == name));

    /// <summary>Of <paramref name="names"/>, those that occur as a whole identifier in no file of the codebase.</summary>
    public IReadOnlySet<string> Absent(IEnumerable<string> names)
    {
        var missing = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var file in _codebase.Files)
        {
            if (missing.Count == 0)
            {
                break;
            }

            foreach (var name in missing.ToArray())
            {
                if (Identifier.Occurs(file.Text, name))
                {
                    missing.Remove(name);
                }
            }
        }

        return missing;
    }

    /// <summary>The first file (ordinal) whose index defines <paramref name="name"/> among <paramref name="paths"/>.</summary>
    public string? DefinitionAmong(IEnumerable<string> paths, string name) => paths.FirstOrDefault(p => DefinedIn(p, name));

    /// <summary>The files whose text holds <paramref name="name"/> as an identifier, in path order.</summary>
    public IEnumerable<string> FilesMentioning(string name) =>
        _codebase.Files.Where(f => Identifier.Occurs(f.Text, name)).Select(f => f.Path);
}
