using Groundplan.Model;

namespace Groundplan.Recon.Symbols.Python;

/// <summary>
/// Resolves Python module names to repo files: relative imports from the importing file's package; absolute ones from
/// the source roots (the repo root, <c>src/</c>, and every folder that holds a top-level package), then, for scripts
/// outside packages, the script's own folder. Anything else is external.
/// </summary>
internal sealed class PythonModuleResolver
{
    private readonly HashSet<string> _files;
    private readonly string[] _roots;

    public PythonModuleResolver(Codebase codebase)
    {
        _files = codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths)
            .Where(p => p.EndsWith(".py", StringComparison.Ordinal) || p.EndsWith(".pyi", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var roots = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var init in _files.Where(p => p == "__init__.py" || p.EndsWith("/__init__.py", StringComparison.Ordinal)))
        {
            var parent = Parent(Parent(init) ?? string.Empty);
            if (parent is not null && !IsPackage(parent))
            {
                roots.Add(parent);
            }
        }

        roots.Remove(string.Empty);
        roots.Remove("src");
        _roots = [string.Empty, "src", .. roots];
    }

    /// <summary>The file for an absolute or relative module name imported by <paramref name="importer"/>, or null.</summary>
    public string? Resolve(string importer, string module)
    {
        var dots = module.Length - module.TrimStart('.').Length;
        var parts = module[dots..].Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (dots > 0)
        {
            var dir = Parent(importer);
            for (var k = 1; k < dots && dir is not null; k++)
            {
                dir = Parent(dir);
            }

            return dir is null ? null : Probe(dir, parts);
        }

        foreach (var root in _roots)
        {
            if (Probe(root, parts) is { } found)
            {
                return found;
            }
        }

        var own = Parent(importer);
        return own is not null && !IsPackage(own) ? Probe(own, parts) : null;
    }

    /// <summary>For <c>from module import names</c>: the names that are submodules, else the module itself.</summary>
    public IReadOnlyList<string> ResolveFrom(string importer, string module, IReadOnlyList<string> names)
    {
        var result = new List<string>();
        var separator = module.EndsWith('.') ? string.Empty : ".";
        var plainNames = false;
        foreach (var name in names)
        {
            if (name != "*" && Resolve(importer, module + separator + name) is { } submodule)
            {
                result.Add(submodule);
            }
            else
            {
                plainNames = true;
            }
        }

        if ((plainNames || result.Count == 0) && module.Trim('.').Length > 0 && Resolve(importer, module) is { } target)
        {
            result.Insert(0, target);
        }
        else if (plainNames && module.Trim('.').Length == 0 && Resolve(importer, module + "__init__") is { } init)
        {
            result.Insert(0, init);
        }

        return result.Distinct(StringComparer.Ordinal).ToArray();
    }

    private string? Probe(string dir, string[] parts)
    {
        if (parts.Length == 0)
        {
            return null;
        }

        var stem = (dir.Length > 0 ? dir + "/" : string.Empty) + string.Join('/', parts);
        string[] candidates = [stem + ".py", stem + "/__init__.py", stem + ".pyi", stem + "/__init__.pyi"];
        return candidates.FirstOrDefault(_files.Contains);
    }

    private bool IsPackage(string dir) => _files.Contains(dir.Length > 0 ? dir + "/__init__.py" : "__init__.py");

    // "a/b/c.py" → "a/b"; "c.py" → ""; "" → null.
    private static string? Parent(string path) =>
        path.Length == 0 ? null : path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;
}
