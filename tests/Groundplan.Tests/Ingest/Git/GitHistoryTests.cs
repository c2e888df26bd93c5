using Groundplan.Ingest.Git;

namespace Groundplan.Tests.Ingest.Git;

public sealed class GitHistoryTests
{
    [Fact]
    public void Log_SeveralCommits_NewestFirstWithTimesAndChangedPaths()
    {
        // Given three commits at known times, one of them touching two files and one a rename
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");
        var first = TestGit.CommitAll(repo.Path, "one", time: 1_600_000_000);
        repo.Write("a.txt", "a2");
        repo.Write("dir/b c.txt", "b");
        var second = TestGit.CommitAll(repo.Path, "two", time: 1_600_000_100);
        TestGit.Run(repo.Path, "mv", "a.txt", "é.txt");
        var third = TestGit.CommitAll(repo.Path, "three", time: 1_600_000_200);

        // When the history is read
        var log = GitHistory.Log(repo.Path, "HEAD", 10);

        // Then it is newest first, with commit times and paths (a rename as delete plus add)
        Assert.Equal([third, second, first], log.Select(c => c.Sha));
        Assert.Equal([1_600_000_200L, 1_600_000_100L, 1_600_000_000L], log.Select(c => c.CommitTime));
        Assert.Equal(["a.txt", "é.txt"], log[0].Paths.Order(StringComparer.Ordinal));
        Assert.Equal(["a.txt", "dir/b c.txt"], log[1].Paths);
        Assert.Equal(["a.txt"], log[2].Paths);
    }

    [Fact]
    public void Log_Max_LimitsAndStartsAtTheGivenCommit()
    {
        // Given three commits, one of them empty
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");
        TestGit.CommitAll(repo.Path, "one");
        var empty = TestGit.CommitAll(repo.Path, "empty");
        repo.Write("b.txt", "b");
        TestGit.CommitAll(repo.Path, "three");

        // When one commit is read from HEAD~1, and none at all
        var log = GitHistory.Log(repo.Path, "HEAD~1", 1);
        var none = GitHistory.Log(repo.Path, "HEAD", 0);

        // Then exactly that commit comes back, with no paths
        var only = Assert.Single(log);
        Assert.Equal(empty, only.Sha);
        Assert.Empty(only.Paths);
        Assert.Empty(none);
    }

    [Fact]
    public void Log_UnknownCommit_ThrowsNamingTheRepository()
    {
        // Given a repository with one commit
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        TestGit.CommitAll(repo.Path, "one");

        // When an unknown revision's history is read
        var error = Assert.Throws<GroundplanException>(() => GitHistory.Log(repo.Path, "nope", 5));

        // Then the error names the repository and the revision
        Assert.Equal(repo.Path, error.File);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }
}
