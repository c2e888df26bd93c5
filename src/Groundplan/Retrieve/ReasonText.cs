using System.Globalization;
using Groundplan.Retrieve.Signals;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>The human side of a reason: which words, which neighbour, which commits.</summary>
internal static class ReasonText
{
    public static string Lexical(Query query, TermCounts counts, int file, int[] matched)
    {
        var parts = new List<string>();
        foreach (var t in matched.OrderByDescending(t => query.Terms[t].Weight).ThenBy(t => t).Take(6))
        {
            var where = new List<string>(4);
            if (counts.Count(FileField.Name, file, t) > 0)
            {
                where.Add("file name");
            }

            if (counts.Count(FileField.Directory, file, t) > 0)
            {
                where.Add("folder");
            }

            if (counts.Count(FileField.Symbol, file, t) > 0)
            {
                where.Add("symbols");
            }

            var content = counts.Count(FileField.Content, file, t);
            if (content > 0)
            {
                where.Add(string.Create(CultureInfo.InvariantCulture, $"{content:0}x in text"));
            }

            var term = query.Terms[t];
            var label = term switch
            {
                { IsImplied: true } => $"'{term.Stem}' (implied by '{term.Word}')",
                { IsJoined: true } => $"'{term.Word}' (request words joined)",
                { IsSynonym: true } => $"'{term.Stem}' (synonym of '{term.Word}')",
                _ => $"'{term.Word}'",
            };
            parts.Add($"{label}: {string.Join(", ", where)}");
        }

        var text = "matches " + string.Join("; ", parts);
        if (counts.Phrases[file] is { } phrase)
        {
            text += $"; named '{string.Join(" ", phrase.Terms.Select(t => query.Terms[t].Word))}'";
        }

        return counts.PairHits[file] > 0 ? text + "; request words side by side" : text;
    }

    public static string Graph(RankingRun run, int file, double[] seeds)
    {
        var best = -1;
        foreach (var (to, _) in run.Graph.Edges(file))
        {
            if (seeds[to] > 0 && (best < 0 || seeds[to] > seeds[best] || (seeds[to] == seeds[best] && to < best)))
            {
                best = to;
            }
        }

        return best < 0 ? "near the lexical hits in the import graph" : $"imports or is imported by {run.Files[best].Path}";
    }

    public static string CoChange(RankingRun run, CommitHistory history, int file, IReadOnlyList<(int File, double Weight)> seeds)
    {
        var best = -1;
        var shared = 0;
        foreach (var (seed, _) in seeds)
        {
            if (seed == file)
            {
                continue;
            }

            var count = history.SharedCommits(seed, file);
            if (count > shared)
            {
                (best, shared) = (seed, count);
            }
        }

        return best < 0
            ? "changed together with the top hits"
            : string.Create(CultureInfo.InvariantCulture, $"changed together with {run.Files[best].Path} in {shared} commit{(shared == 1 ? string.Empty : "s")}");
    }
}
