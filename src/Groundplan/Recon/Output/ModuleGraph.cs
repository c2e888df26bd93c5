using Groundplan.Model.Recon;

namespace Groundplan.Recon.Output;

/// <summary>How the main directories depend on each other: import edges folded to modules (directories two levels deep).</summary>
internal sealed record ModuleGraph(IReadOnlyList<string> Modules, IReadOnlyList<(string From, string To, int Imports)> Edges)
{
    private const int MaxModules = 16;

    public static ModuleGraph From(IReadOnlyList<ImportEdge> imports)
    {
        var weights = new Dictionary<(string, string), int>();
        // A C# using points at every file of its namespace, so the same paths come back thousands of times.
        var modules = new Dictionary<string, string>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in imports)
        {
            var from = Module(modules, edge.FromPath);
            targets.Clear();
            foreach (var path in edge.ToPaths)
            {
                var to = Module(modules, path);
                if (to != from && targets.Add(to))
                {
                    weights[(from, to)] = weights.GetValueOrDefault((from, to)) + 1;
                }
            }
        }

        // Keep the modules with the most traffic, so the diagram stays readable on large repositories.
        var kept = weights
            .SelectMany(w => new[] { (Module: w.Key.Item1, w.Value), (Module: w.Key.Item2, w.Value) })
            .GroupBy(x => x.Module, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxModules).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        var keptSet = kept.ToHashSet(StringComparer.Ordinal);
        var edges = weights.Where(w => keptSet.Contains(w.Key.Item1) && keptSet.Contains(w.Key.Item2))
            .Select(w => (w.Key.Item1, w.Key.Item2, w.Value))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToArray();
        return new ModuleGraph(kept, edges);
    }

    private static string Module(Dictionary<string, string> modules, string path)
    {
        if (!modules.TryGetValue(path, out var module))
        {
            module = ModuleOf(path);
            modules[path] = module;
        }

        return module;
    }

    /// <summary>A file's module: its directory, cut to two levels ("src/app/posts/page.tsx" is in "src/app").</summary>
    public static string ModuleOf(string path)
    {
        var first = path.IndexOf('/');
        if (first < 0)
        {
            return "(root)";
        }

        var second = path.IndexOf('/', first + 1);
        return path[..(second < 0 ? first : second)];
    }
}
