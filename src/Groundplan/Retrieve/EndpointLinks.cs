using Groundplan.Model.Recon;

namespace Groundplan.Retrieve;

/// <summary>
/// Files tied by an HTTP endpoint: the script that calls "/api/orders/refund" and the handler that serves it, in
/// whatever language. A feature that shows something in the UI usually needs its endpoint too, and no import crosses
/// that gap. Paths match on their last two literal segments, so an "/api" prefix, a base URL or a router group the
/// symbol index did not resolve does not matter; one segment alone ("/orders/:id") was measured to tie client-side
/// page routes to API controllers, and build or proxy configuration that forwards a path is no caller.
/// </summary>
internal sealed class EndpointLinks
{
    // An endpoint called from more files than this is plumbing (a login, a settings fetch), not one feature's.
    private const int MaxFanOut = 8;

    private readonly List<(int File, int Size)>?[] _links;

    private EndpointLinks(int count) => _links = new List<(int, int)>?[count];

    /// <summary>
    /// The links of <paramref name="sources"/> only: the route files a source script calls, and the scripts that call a
    /// source route file. Scripts are read in full only when their text holds a wanted route's last segment, so the
    /// cost stays with the few files that could match.
    /// </summary>
    public static EndpointLinks Build(RankingRun run, IReadOnlyCollection<int> sources)
    {
        var links = new EndpointLinks(run.Files.Count);
        var (routes, keysOf) = RouteFiles(run);
        if (routes.Count == 0)
        {
            return links;
        }

        var served = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (keysOf.TryGetValue(source, out var keys))
            {
                foreach (var key in keys)
                {
                    Add(served, key, source);
                }
            }
            else if (IsCaller(run, source, keysOf))
            {
                var called = new SortedSet<int>();
                foreach (var key in CalledKeys(run.Files[source].Text))
                {
                    called.UnionWith(routes.GetValueOrDefault(key) ?? []);
                }

                links.Keep(source, called);
            }
        }

        if (served.Count == 0)
        {
            return links;
        }

        var callers = served.Values.SelectMany(v => v).Distinct().ToDictionary(f => f, _ => new SortedSet<int>());
        var lastSegments = served.Keys.Select(k => k[(k.IndexOf('/') + 1)..]).Distinct(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < run.Files.Count; i++)
        {
            var text = run.Files[i].Text;
            if (!IsCaller(run, i, keysOf) || !lastSegments.Any(segment => text.Contains(segment, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var key in CalledKeys(text))
            {
                foreach (var route in served.GetValueOrDefault(key) ?? [])
                {
                    callers[route].Add(i);
                }
            }
        }

        foreach (var (route, files) in callers)
        {
            links.Keep(route, files);
        }

        return links;
    }

    /// <summary>For a source: the files that call an endpoint it serves, or serve one it calls, each with how many files share that link.</summary>
    public IReadOnlyList<(int File, int Size)> Of(int file) => _links[file] ?? [];

    /// <summary>Browser-side script that is neither a route, a test, generated or vendored, nor build configuration.</summary>
    private static bool IsCaller(RankingRun run, int file, Dictionary<int, List<string>> keysOf)
    {
        var path = run.Files[file].Path;
        return !keysOf.ContainsKey(file) && EndpointPaths.IsScript(path) && !PathKinds.IsTest(path) && PathKinds.NoiseFactor(path) >= 1
            && !PathKinds.FileName(path).Contains("config", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<string> CalledKeys(string text)
    {
        foreach (var literal in EndpointPaths.Literals(text))
        {
            if (Key(EndpointPaths.Segments(literal)) is { } key)
            {
                yield return key;
            }
        }
    }

    private void Keep(int file, SortedSet<int> targets)
    {
        if (targets.Count is > 0 and <= MaxFanOut)
        {
            _links[file] = targets.Select(t => (t, targets.Count)).ToList();
        }
    }

    private static (Dictionary<string, List<int>> Routes, Dictionary<int, List<string>> KeysOf) RouteFiles(RankingRun run)
    {
        var routes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keysOf = new Dictionary<int, List<string>>();
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
                    AddRoute(routes, keysOf, file, path, symbol.Name[(symbol.Name.IndexOf(' ') + 1)..]);
                }
            }
        }

        for (var i = 0; i < run.Files.Count; i++)
        {
            if (EndpointPaths.FileRoute(run.Files[i].Path) is { } route)
            {
                AddRoute(routes, keysOf, i, run.Files[i].Path, route);
            }
        }

        return (routes, keysOf);
    }

    private static void AddRoute(Dictionary<string, List<int>> routes, Dictionary<int, List<string>> keysOf, int file, string path, string route)
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

        Add(routes, key, file);
        Add(keysOf, file, key);
    }

    /// <summary>The last two literal segments ("order/item" for "/api/order/${id}/item"); null with fewer.</summary>
    private static string? Key(List<string> segments) => segments.Count >= 2 ? segments[^2] + "/" + segments[^1] : null;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
