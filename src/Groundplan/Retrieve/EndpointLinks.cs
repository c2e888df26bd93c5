using Groundplan.Model.Recon;

namespace Groundplan.Retrieve;

/// <summary>
/// Files tied by an HTTP endpoint: the script that calls "/api/system/vacuum" and the handler that serves it, in
/// whatever language. A feature that shows something in the UI usually needs its endpoint too, and no import crosses
/// that gap. Paths match on their last two literal segments, so an "/api" prefix, a base URL or a router group the
/// symbol index did not resolve does not matter; one segment alone ("/series/:id") was measured to tie client-side
/// page routes to API controllers, and build or proxy configuration that forwards a path is no caller.
/// </summary>
internal sealed class EndpointLinks
{
    // An endpoint called from more files than this is plumbing (a login, a settings fetch), not one feature's.
    private const int MaxFanOut = 8;

    private readonly List<(int File, int Size)>?[] _links;

    private EndpointLinks(int count) => _links = new List<(int, int)>?[count];

    public static EndpointLinks Build(RankingRun run)
    {
        var links = new EndpointLinks(run.Files.Count);
        var routes = RouteFiles(run);
        if (routes.Count == 0)
        {
            return links;
        }

        var servers = new HashSet<int>(routes.Values.SelectMany(v => v));
        var callers = new Dictionary<int, SortedSet<int>>();
        var called = new Dictionary<int, SortedSet<int>>();
        for (var i = 0; i < run.Files.Count; i++)
        {
            var path = run.Files[i].Path;
            if (servers.Contains(i) || !EndpointPaths.IsScript(path) || PathKinds.IsTest(path) || PathKinds.NoiseFactor(path) < 1
                || PathKinds.FileName(path).Contains("config", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var literal in EndpointPaths.Literals(run.Files[i].Text))
            {
                if (Key(EndpointPaths.Segments(literal)) is { } key && routes.TryGetValue(key, out var targets))
                {
                    foreach (var target in targets)
                    {
                        Add(called, i, target);
                        Add(callers, target, i);
                    }
                }
            }
        }

        foreach (var map in (Dictionary<int, SortedSet<int>>[])[called, callers])
        {
            foreach (var (file, targets) in map)
            {
                if (targets.Count <= MaxFanOut)
                {
                    (links._links[file] ??= []).AddRange(targets.Select(t => (t, targets.Count)));
                }
            }
        }

        return links;
    }

    /// <summary>The files that call an endpoint <paramref name="file"/> serves, or serve one it calls, each with how many files share that link.</summary>
    public IReadOnlyList<(int File, int Size)> Of(int file) => _links[file] ?? [];

    private static Dictionary<string, List<int>> RouteFiles(RankingRun run)
    {
        var routes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (path, symbols) in run.SymbolsByPath)
        {
            if (!run.Index.TryGetValue(path, out var file) || PathKinds.IsTest(path))
            {
                continue;
            }

            foreach (var symbol in symbols)
            {
                if (symbol.Kind == SymbolKind.Route)
                {
                    AddRoute(routes, file, path, symbol.Name[(symbol.Name.IndexOf(' ') + 1)..]);
                }
            }
        }

        for (var i = 0; i < run.Files.Count; i++)
        {
            if (EndpointPaths.FileRoute(run.Files[i].Path) is { } route)
            {
                AddRoute(routes, i, run.Files[i].Path, route);
            }
        }

        return routes;
    }

    private static void AddRoute(Dictionary<string, List<int>> routes, int file, string path, string route)
    {
        var segments = EndpointPaths.Segments(route);

        // ASP.NET controllers serve under their own name by convention ([Route("api/[controller]")] on a base class).
        var name = PathKinds.FileName(path);
        if (name.EndsWith("Controller.cs", StringComparison.Ordinal) && name.Length > "Controller.cs".Length)
        {
            var controller = name[..^"Controller.cs".Length].ToLowerInvariant();
            if (segments.Count == 0 || segments[0] != controller)
            {
                segments.Insert(0, controller);
            }
        }

        if (Key(segments) is not { } key)
        {
            return;
        }

        if (!routes.TryGetValue(key, out var list))
        {
            routes[key] = list = [];
        }

        if (!list.Contains(file))
        {
            list.Add(file);
        }
    }

    /// <summary>The last two literal segments ("memo/resource" for "/api/memo/${id}/resource"); null with fewer.</summary>
    private static string? Key(List<string> segments) => segments.Count >= 2 ? segments[^2] + "/" + segments[^1] : null;

    private static void Add(Dictionary<int, SortedSet<int>> map, int from, int to)
    {
        if (!map.TryGetValue(from, out var set))
        {
            map[from] = set = [];
        }

        set.Add(to);
    }
}
