using Groundplan.Model.Recon;

namespace Groundplan.Retrieve.Signals;

/// <summary>
/// The import graph as weighted adjacency over file indexes, both directions: a file leads to what it imports
/// and, more weakly, to what imports it. An import that resolves to many files (a C# namespace, a Go package)
/// spreads its weight over them.
/// </summary>
internal sealed class ImportGraph
{
    // A namespace import resolving to more files than this says little about any one of them.
    private const int MaxTargets = 40;
    private const double ReverseWeight = 0.6;

    private readonly List<(int To, double Weight)>[] _edges;

    private ImportGraph(int files)
    {
        _edges = new List<(int, double)>[files];
        for (var i = 0; i < files; i++)
        {
            _edges[i] = [];
        }

        InDegree = new int[files];
    }

    /// <summary>How many distinct files import each file.</summary>
    public int[] InDegree { get; }

    public int Count => _edges.Length;

    public IReadOnlyList<(int To, double Weight)> Edges(int file) => _edges[file];

    public static ImportGraph Build(IReadOnlyList<ImportEdge> imports, IReadOnlyDictionary<string, int> index)
    {
        var graph = new ImportGraph(index.Count);
        var weights = new Dictionary<(int, int), double>();
        foreach (var edge in imports)
        {
            if (edge.ToPaths.Count is 0 or > MaxTargets || !index.TryGetValue(edge.FromPath, out var from))
            {
                continue;
            }

            var share = 1.0 / edge.ToPaths.Count;
            foreach (var target in edge.ToPaths)
            {
                if (index.TryGetValue(target, out var to) && to != from)
                {
                    weights[(from, to)] = Math.Max(weights.GetValueOrDefault((from, to)), share);
                }
            }
        }

        foreach (var ((from, to), weight) in weights.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2))
        {
            graph._edges[from].Add((to, weight));
            graph._edges[to].Add((from, weight * ReverseWeight));
            graph.InDegree[to]++;
        }

        return graph;
    }
}
