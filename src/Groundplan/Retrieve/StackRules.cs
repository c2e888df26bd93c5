using Groundplan.Model.Recon;

namespace Groundplan.Retrieve;

/// <summary>
/// Files that move together in a stack: a source file's tests and same-named siblings (component, template, style),
/// the files of one resource across MVC folders (controller, model, views), the routes beside a hit, and the schema
/// and models when the request is about data. Each rule passes on a share of the top hits' score.
/// </summary>
internal static class StackRules
{
    private const int Sources = 10;
    private const int MaxGroup = 15;

    // Compared with the query's stems, so the words are stemmed too ("database" is "databas" there).
    private static readonly HashSet<string> DataWords = new string[]
    {
        "field", "column", "store", "save", "persist", "database", "db", "model", "table", "attribute", "schema", "migration",
        "property", "record", "entity", "relation",
    }.Select(Terms.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    public static Dictionary<int, List<int>> Apply(RankingRun run, ScoreBoard board, double[] noise)
    {
        var groups = FileGroups.Build(run.Files);
        var kin = run.Options.NameWeight > 0 ? NameKin.Build(run.Files) : null;
        var top = board.Order().Take(Sources).Where(i => board.Scores[i] > 0).ToArray();
        var subjects = new Dictionary<int, List<int>>();
        if (top.Length == 0)
        {
            return subjects;
        }

        var endpoints = run.Options.EndpointWeight > 0 ? EndpointLinks.Build(run, top) : null;

        var best = board.Scores[top[0]];
        var given = new double[run.Files.Count];
        foreach (var source in top)
        {
            var score = board.Scores[source];
            var path = run.Files[source].Path;
            Pass(groups.Siblings(source), source, 0.6 * score, "stack", $"same name as {path}");
            if (!PathKinds.IsTest(path))
            {
                Pass(groups.Tests(source), source, 0.5 * score, "test", $"tests {path}");
                foreach (var test in groups.Tests(source))
                {
                    if (!subjects.TryGetValue(test, out var list))
                    {
                        subjects[test] = list = [];
                    }

                    list.Add(source);
                }
                // A resource spread over many files (an entity, its DTOs, services, client models) says less about each one.
                var resource = groups.Resource(source);
                Pass(resource, source, 0.4 * Math.Min(1, Math.Sqrt(3.0 / Math.Max(1, resource.Count - 1))) * score, "stack", $"same resource as {path}");
            }

            foreach (var (target, size) in endpoints?.Of(source) ?? [])
            {
                Give(target, source, run.Options.EndpointWeight * Math.Min(1, Math.Sqrt(2.0 / size)) * score, "endpoint", $"calls or serves an endpoint of {path}");
            }

            foreach (var (target, size) in kin?.Of(source) ?? [])
            {
                // A name only two files share says more than one ten files share.
                Give(target, source, run.Options.NameWeight * Math.Sqrt(2.0 / size) * score, "name", $"name begins like {path}");
            }
        }

        AddRoutes(run, board, top, best, Give);
        AddData(run, board, best, Give);
        return subjects;

        void Pass(IReadOnlyList<int> targets, int source, double amount, string signal, string detail)
        {
            if (targets.Count > MaxGroup)
            {
                return;
            }

            foreach (var target in targets)
            {
                Give(target, source, amount, signal, detail);
            }
        }

        void Give(int target, int source, double amount, string signal, string detail)
        {
            // A file takes the best share any one rule offers it, so a crowd of weak links cannot outrank a real hit.
            var value = amount * noise[target];
            if (target == source || value <= given[target])
            {
                return;
            }

            board.Add(target, signal, detail, value - given[target]);
            given[target] = value;
        }
    }

    private static void AddRoutes(RankingRun run, ScoreBoard board, int[] top, double best, Action<int, int, double, string, string> give)
    {
        var topDirs = top.Take(5).Select(i => PathKinds.Directory(run.Files[i].Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in run.Recon.About(ReconTopic.Routing))
        {
            foreach (var evidence in fact.Evidence)
            {
                if (!run.Index.TryGetValue(evidence.Path, out var i) || PathKinds.FileName(evidence.Path).Contains("setting", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var near = topDirs.Contains(PathKinds.Directory(evidence.Path));
                give(i, -1, (near ? 0.45 : 0.25) * best, "stack", near ? $"routes beside the top hits ({fact.Name})" : $"the routes ({fact.Name})");
            }
        }
    }

    private static void AddData(RankingRun run, ScoreBoard board, double best, Action<int, int, double, string, string> give)
    {
        var data = run.Query.Terms.Any(t => !t.IsSynonym && DataWords.Contains(t.Stem));
        var schemas = run.Recon.About(ReconTopic.SchemaFile).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var models = run.Recon.About(ReconTopic.Model).ToList();
        foreach (var fact in models)
        {
            var stem = Terms.Stemmer.Stem(fact.Name.Replace("_", string.Empty, StringComparison.Ordinal));
            if (run.Query.IndexOf(stem) is var t and >= 0 && !run.Query.Terms[t].IsSynonym)
            {
                data = true;
                foreach (var evidence in fact.Evidence.Take(2))
                {
                    if (!schemas.Contains(evidence.Path) && run.Index.TryGetValue(evidence.Path, out var i))
                    {
                        give(i, -1, 0.5 * best, "stack", $"defines the model {fact.Name} the request names");
                    }
                }
            }
        }

        if (!data)
        {
            return;
        }

        foreach (var fact in run.Recon.About(ReconTopic.SchemaFile))
        {
            if (run.Index.TryGetValue(fact.Name, out var i))
            {
                give(i, -1, 0.35 * best, "stack", $"the schema ({fact.Value}); the request touches data");
            }
        }
    }
}
