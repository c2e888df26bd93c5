using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Retrieve.Signals;

namespace Groundplan.Retrieve;

/// <summary>The ranking when the request says nothing the code knows: entry points first, then the files most others depend on.</summary>
internal static class StructuralRanking
{
    public static IReadOnlyList<RankedFile> Rank(RankingRun run, int max)
    {
        var board = new ScoreBoard(run.Files.Count);
        AddFacts(ReconTopic.EntryPoint, "entry point", 1.0);
        AddFacts(ReconTopic.Routing, "routes", 0.9);

        // A request naming nothing the code knows is usually a capability the code does not have yet, and a new
        // capability usually comes with a new dependency: the package manifests at the root and one folder down.
        for (var i = 0; i < run.Files.Count; i++)
        {
            var path = run.Files[i].Path;
            if (board.Scores[i] == 0 && path.Count(c => c == '/') <= 1 && IsManifest(PathKinds.FileName(path)))
            {
                board.Add(i, "structural", "package manifest: a new capability often needs a dependency", 0.85);
            }
        }

        // Centrality: PageRank with uniform restarts, so the files everything leads to come first.
        var uniform = new double[run.Files.Count];
        Array.Fill(uniform, 1.0);
        var rank = PersonalizedPageRank.Run(run.Graph, uniform, restart: 0.15);
        var maxRank = rank.Length == 0 ? 0 : rank.Max();
        for (var i = 0; i < run.Files.Count; i++)
        {
            if (maxRank > 0 && rank[i] > 0 && run.Graph.InDegree[i] > 0)
            {
                var noise = PathKinds.NoiseFactor(run.Files[i].Path);
                board.Add(i, "structural", $"central: imported by {run.Graph.InDegree[i]} file{(run.Graph.InDegree[i] == 1 ? string.Empty : "s")}", 0.8 * noise * rank[i] / maxRank);
            }
        }

        var ranked = new List<RankedFile>();
        foreach (var i in board.Order())
        {
            if (ranked.Count >= max || board.Scores[i] <= 0)
            {
                break;
            }

            ranked.Add(new RankedFile(run.Files[i].Path, Math.Round(board.Scores[i], 4), board.Reasons(i).Select(r => r with { Contribution = Math.Round(r.Contribution, 4) }).ToList(), []));
        }

        return ranked;

        static bool IsManifest(string name) =>
            name is "package.json" or "go.mod" or "Gemfile" or "requirements.txt" or "pyproject.toml" or "Cargo.toml" or "composer.json" or "pom.xml" or "build.gradle" or "build.gradle.kts"
            || name.EndsWith(".csproj", StringComparison.Ordinal);

        void AddFacts(string topic, string label, double weight)
        {
            foreach (var fact in run.Recon.About(topic))
            {
                foreach (var evidence in fact.Evidence)
                {
                    if (run.Index.TryGetValue(evidence.Path, out var i) && board.Scores[i] == 0)
                    {
                        board.Add(i, "structural", $"{label}: {fact.Value}", weight);
                    }
                }
            }
        }
    }
}
