using Groundplan.Model.Recon;

namespace Groundplan.Recon.Output;

/// <summary>How the main directories depend on each other: import edges folded to modules (directories two levels deep).</summary>
internal sealed record ModuleGraph(IReadOnlyList<string> Modules, IReadOnlyList<(string From, string To, int Imports)> Edges)
{
    private const int MaxModules = 16;

    public static ModuleGraph From(IReadOnlyList<ImportEdge> imports)
    {
        var weights = new Dictionary<(string, string), int>();
        foreach (var edge in imports)
        {
            var from = ModuleOf(edge.FromPath);
            foreach (var to in edge.ToPaths.Select(ModuleOf).Distinct(StringComparer.Ordinal).Where(to => to != from))
            {
                weights[(from, to)] = weights.GetValueOrDefault((from, to)) + 1;
            }
        }

        // Keep the modules with the most traffic, so the diagram stays readable on large repositories.
        var modules = weights
            .SelectMany(w => new[] { (Module: w.Key.Item1, w.Value), (Module: w.Key.Item2, w.Value) })
            .GroupBy(x => x.Module, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(x => x.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxModules).Select(g => g.Key).Order(StringComparer.Ordinal).ToArray();
        var kept = modules.ToHashSet(StringComparer.Ordinal);
        var edges = weights.Where(w => kept.Contains(w.Key.Item1) && kept.Contains(w.Key.Item2))
            .Select(w => (w.Key.Item1, w.Key.Item2, w.Value))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToArray();
        return new ModuleGraph(modules, edges);
    }

    /// <summary>A file's module: its directory, cut to two levels ("src/app/posts/page.tsx" is in "src/app").</summary>
    public static string ModuleOf(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 1 ? "(root)" : string.Join('/', parts.Take(Math.Min(2, parts.Length - 1)));
    }
}
