using Groundplan.Model;

namespace Groundplan.Lint.Grounding;

/// <summary>The codebase's paths and folders, looked up exactly (case-sensitive), with "did you mean" for near misses.</summary>
internal sealed class PathIndex
{
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byName = new(StringComparer.Ordinal);

    public PathIndex(Codebase codebase)
    {
        foreach (var path in codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths))
        {
            if (!_files.Add(path))
            {
                continue;
            }

            var name = FileName(path);
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }

            list.Add(path);
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!_directories.Add(path[..slash]))
                {
                    break;
                }
            }
        }

        Files = _files.Order(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<string> Files { get; }

    public bool FileExists(string path) => _files.Contains(path);

    public bool DirectoryExists(string path) => path.Length == 0 || _directories.Contains(path.TrimEnd('/'));

    public bool Exists(string path) => path.EndsWith('/') ? DirectoryExists(path) : FileExists(path) || DirectoryExists(path);

    /// <summary>The files named <paramref name="name"/> anywhere in the tree, sorted.</summary>
    public IReadOnlyList<string> Named(string name) => _byName.TryGetValue(name, out var list) ? list.Order(StringComparer.Ordinal).ToArray() : [];

    /// <summary>The existing path the plan most likely meant: same path in another case, a near miss, or the one file of that name.</summary>
    public string? Suggest(string path)
    {
        var trimmed = path.TrimEnd('/');
        var pool = path.EndsWith('/') ? _directories : _files;
        var sameIgnoringCase = pool.Where(p => string.Equals(p, trimmed, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (sameIgnoringCase is not null)
        {
            return Restore(sameIgnoringCase, path);
        }

        var near = EditDistance.Closest(trimmed, pool.Where(p => Math.Abs(p.Length - trimmed.Length) <= 4));
        if (near is not null)
        {
            return Restore(near, path);
        }

        var sameName = Named(FileName(trimmed));
        return sameName.Count == 1 ? sameName[0] : null;
    }

    public static string FileName(string path) => path[(path.TrimEnd('/').LastIndexOf('/') + 1)..].TrimEnd('/');

    private static string Restore(string found, string asked) => asked.EndsWith('/') ? found + "/" : found;
}
