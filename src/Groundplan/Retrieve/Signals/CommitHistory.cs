using Groundplan.Ingest.Git;
using Groundplan.Model;

namespace Groundplan.Retrieve.Signals;

/// <summary>
/// The commits before the ranked revision, as lists of file indexes: which files change together, and how often
/// and how recently each changed. Only history reachable from the ranked commit is read, never later commits.
/// </summary>
internal sealed class CommitHistory
{
    // A commit touching more files than this is a reformat, rename or merge, not a feature.
    private const int MaxFilesPerCommit = 40;

    private readonly List<int[]> _commits = [];
    private readonly List<int>[] _byFile;

    private CommitHistory(int files)
    {
        _byFile = new List<int>[files];
        Churn = new double[files];
    }

    /// <summary>Per file: recent changes weigh more (a decay over commit age in commits).</summary>
    public double[] Churn { get; }

    public int CommitCount => _commits.Count;

    /// <summary>The history of a git-backed codebase, or null when the codebase is not a git repository or revision.</summary>
    public static CommitHistory? Load(Codebase codebase, IReadOnlyDictionary<string, int> index, RankingOptions options, CancellationToken cancellationToken)
    {
        var maxCommits = options.HistoryCommits;
        var (repository, commit) = options.HistoryRepository is { } explicitRepository ? (explicitRepository, options.HistoryRevision) : Locate(codebase.Origin);
        if (repository is null || maxCommits <= 0)
        {
            return null;
        }

        IReadOnlyList<CommitInfo> log;
        try
        {
            log = GitHistory.Log(repository, commit, maxCommits, cancellationToken);
        }
        catch (GroundplanException) when (options.HistoryRepository is null)
        {
            // A directory whose .git is broken or shallow still ranks, just without history.
            return null;
        }

        var history = new CommitHistory(index.Count);
        var age = 0;
        foreach (var info in log)
        {
            if (info.Paths.Count is 0 or > MaxFilesPerCommit)
            {
                continue;
            }

            var files = new List<int>(info.Paths.Count);
            foreach (var path in info.Paths)
            {
                if (index.TryGetValue(path, out var file))
                {
                    files.Add(file);
                }
            }

            if (files.Count == 0)
            {
                continue;
            }

            var id = history._commits.Count;
            history._commits.Add([.. files]);
            var recency = Math.Exp(-age / 300.0);
            foreach (var file in files)
            {
                (history._byFile[file] ??= []).Add(id);
                history.Churn[file] += recency;
            }

            age++;
        }

        return history;
    }

    /// <summary>How strongly each file changed together with the weighted <paramref name="seeds"/>, the strongest being 1.</summary>
    public double[] CoChange(IReadOnlyList<(int File, double Weight)> seeds)
    {
        var result = new double[_byFile.Length];
        foreach (var (seed, weight) in seeds)
        {
            var commits = _byFile[seed];
            if (commits is null)
            {
                continue;
            }

            var norm = weight / Math.Sqrt(commits.Count);
            foreach (var id in commits)
            {
                var files = _commits[id];
                if (files.Length < 2)
                {
                    continue;
                }

                var share = norm / Math.Sqrt(files.Length - 1);
                foreach (var other in files)
                {
                    if (other != seed)
                    {
                        result[other] += share;
                    }
                }
            }
        }

        var max = result.Max();
        if (max > 0)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] /= max;
            }
        }

        return result;
    }

    /// <summary>The number of commits that changed both files.</summary>
    public int SharedCommits(int a, int b)
    {
        if (_byFile[a] is not { } first || _byFile[b] is not { } second)
        {
            return 0;
        }

        var count = 0;
        foreach (var id in first)
        {
            if (Array.IndexOf(_commits[id], b) >= 0)
            {
                count++;
            }
        }

        return second.Count == 0 ? 0 : count;
    }

    private static (string? Repository, string Commit) Locate(FileOrigin origin)
    {
        if (origin.Kind == OriginKind.Git && origin.Variant is not null)
        {
            return (origin.Source, origin.Variant);
        }

        if (origin.Kind == OriginKind.Directory && (Directory.Exists(Path.Combine(origin.Source, ".git")) || File.Exists(Path.Combine(origin.Source, ".git"))))
        {
            return (origin.Source, "HEAD");
        }

        return (null, string.Empty);
    }
}
