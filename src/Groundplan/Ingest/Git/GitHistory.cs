using System.Globalization;
using System.Text;

namespace Groundplan.Ingest.Git;

/// <summary>Reads a commit history with the files each commit touched: the raw material for recency and churn signals.</summary>
internal static class GitHistory
{
    // A byte no commit header or path starts with marks where each commit begins in the NUL-separated output.
    private const char CommitMarker = '\u0001';

    /// <summary>Up to <paramref name="max"/> commits reachable from <paramref name="commit"/>, newest first.</summary>
    /// <remarks>Renames are reported as a deletion and an addition whatever the user's config says, so results do not depend on it.</remarks>
    public static IReadOnlyList<CommitInfo> Log(string repository, string commit, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (max == 0)
        {
            return [];
        }

        var git = new GitRunner(repository);
        var output = git.RunChecked(
            ["log", "-z", "--no-renames", "--no-relative", "--name-only", "--format=%x01%H %ct", $"--max-count={max}", "--end-of-options", commit, "--"],
            $"read the history of '{commit}'",
            cancellationToken);
        return Parse(Encoding.UTF8.GetString(output));
    }

    /// <summary>Parses "\x01sha time\0\npath\0path\0" records; a commit with no paths is just its header.</summary>
    internal static List<CommitInfo> Parse(string output)
    {
        var commits = new List<CommitInfo>();
        string? sha = null;
        long time = 0;
        List<string> paths = [];
        var afterHeader = false;
        foreach (var field in output.Split('\0'))
        {
            // git puts a newline between a header and the first path.
            var text = afterHeader && field.StartsWith('\n') ? field[1..] : field;
            afterHeader = false;
            if (text.StartsWith(CommitMarker))
            {
                Flush();
                var space = text.IndexOf(' ');
                sha = text[1..space];
                time = long.Parse(text[(space + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                paths = [];
                afterHeader = true;
            }
            else if (text.Length > 0 && sha is not null)
            {
                paths.Add(text);
            }
        }

        Flush();
        return commits;

        void Flush()
        {
            if (sha is not null)
            {
                commits.Add(new CommitInfo(sha, time, paths));
            }
        }
    }
}
