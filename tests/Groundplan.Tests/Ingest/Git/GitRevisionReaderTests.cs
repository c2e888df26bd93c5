using Groundplan.Ingest;
using Groundplan.Ingest.Git;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.Git;

public sealed partial class GitRevisionReaderTests
{
    [Fact]
    public void Read_Head_ReadsCommittedContentNotTheWorkingTree()
    {
        // Given a commit, then edits, a deletion and a new file in the working tree
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "committed\n");
        repo.Write("src/b.cs", "class B {}\n");
        var commit = TestGit.CommitAll(repo.Path, "first");
        repo.Write("a.txt", "edited\n");
        File.Delete(Path.Combine(repo.Path, "src", "b.cs"));
        repo.Write("new.txt", "untracked\n");

        // When HEAD is read
        var raw = Read(repo.Path, "HEAD");

        // Then the committed content comes back, and the origin names the resolved commit
        Assert.Equal(["a.txt", "src/b.cs"], Paths(raw));
        Assert.Equal("committed\n", Text(raw, "a.txt"));
        Assert.Equal(new FileOrigin(OriginKind.Git, repo.Path, commit), raw.Origin);
    }

    [Fact]
    public void Read_OlderRevision_ReadsThatRevision()
    {
        // Given two commits of the same file
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "v1");
        var first = TestGit.CommitAll(repo.Path, "one");
        repo.Write("a.txt", "v2");
        repo.Write("b.txt", "later");
        TestGit.CommitAll(repo.Path, "two");

        // When the parent of HEAD is read
        var raw = Read(repo.Path, "HEAD~1");

        // Then it is the first version, without the later file
        Assert.Equal("v1", Text(raw, "a.txt"));
        Assert.Equal(["a.txt"], Paths(raw));
        Assert.Equal(first, raw.Origin.Variant);
    }

    [Fact]
    public void Read_UnusualFileNames_PathsKeptByteForByte()
    {
        // Given names with spaces, a tab, a newline, quotes and non-ASCII letters (git would quote them without -z)
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        string[] names = ["sp ace.txt", "tab\tname.txt", "new\nline.txt", "quote\"s.txt", "é/ü.md"];
        foreach (var name in names)
        {
            repo.Write(name, name);
        }

        TestGit.CommitAll(repo.Path, "names");

        // When HEAD is read
        var raw = Read(repo.Path, "HEAD");

        // Then each path and its content come back unchanged
        Assert.Equal(names.Order(StringComparer.Ordinal), Paths(raw));
        Assert.All(raw.Entries, e => Assert.Equal(e.Path, e.Text));
    }

    [Fact]
    public void Read_BareRepository_ReadsWithoutAWorkingTree()
    {
        // Given a bare clone of a repository
        using var source = new TempDirectory();
        TestGit.Init(source.Path);
        source.Write("src/a.cs", "class A {}");
        var head = TestGit.CommitAll(source.Path, "one");
        using var bare = new TempDirectory();
        TestGit.Run(bare.Path, "clone", "--quiet", "--bare", source.Path, ".");

        // When the bare repository is read
        var raw = Read(bare.Path, "main");

        // Then its objects are enough
        Assert.Equal("class A {}", Text(raw, "src/a.cs"));
        Assert.Equal(head, raw.Origin.Variant);
    }

    [Fact]
    public void Read_NoRevision_ReadsHead()
    {
        // Given one commit
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");
        var head = TestGit.CommitAll(repo.Path, "one");

        // When no revision is given
        var raw = new GitRevisionReader().Read(repo.Path, new IngestOptions(), CancellationToken.None);

        // Then HEAD is read
        Assert.Equal(head, raw.Origin.Variant);
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("--output=/tmp/groundplan-injected")]
    [InlineData("HEAD:a.txt")]
    public void Read_BadRevision_ThrowsNamingRepositoryAndRevision(string revision)
    {
        // Given a repository with a commit
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");
        TestGit.CommitAll(repo.Path, "one");

        // When a revision that is not a commit is read (one that looks like an option, one naming a blob)
        var error = Assert.Throws<GroundplanException>(() => Read(repo.Path, revision));

        // Then the error names the repository and the revision
        Assert.Equal(repo.Path, error.File);
        Assert.Contains($"'{revision}'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/groundplan-injected"));
    }

    [Fact]
    public void Read_RepositoryWithoutCommits_ThrowsNoCommitsYet()
    {
        // Given a fresh repository with a file but no commit
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");

        // When HEAD is read
        var error = Assert.Throws<GroundplanException>(() => Read(repo.Path, "HEAD"));

        // Then the error says there is nothing committed
        Assert.Contains("no commits yet", error.Message, StringComparison.Ordinal);
        Assert.Equal(repo.Path, error.File);
    }

    [Fact]
    public void Read_NotARepository_Throws()
    {
        // Given a plain folder outside any repository
        using var folder = new TempDirectory();
        folder.Write("a.txt", "a");

        // When it is read as a repository
        var error = Assert.Throws<GroundplanException>(() => Read(folder.Path, "HEAD"));

        // Then the error says so
        Assert.Contains("not a git repository", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CancelledToken_StopsWithCancellation()
    {
        // Given a repository and a token that is already cancelled
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("a.txt", "a");
        TestGit.CommitAll(repo.Path, "one");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // When HEAD is read, then the read stops (git is killed rather than waited for)
        Assert.ThrowsAny<OperationCanceledException>(() => new GitRevisionReader().Read(repo.Path, new IngestOptions { Revision = "HEAD" }, cancelled.Token));
    }

    [Fact]
    public void Read_MissingFolder_ThrowsNamingIt()
    {
        // Given a path that does not exist
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "gone");

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => Read(missing, "HEAD"));

        // Then the error names it
        Assert.Equal(missing, error.File);
    }

    private static RawCodebase Read(string repo, string revision, IngestOptions? options = null) =>
        new GitRevisionReader().Read(repo, new IngestOptions
        {
            Revision = revision,
            MaxFileSize = options?.MaxFileSize ?? IngestOptions.DefaultMaxFileSize,
            Include = options?.Include ?? [],
            Ignore = options?.Ignore ?? [],
            UseGitignore = options?.UseGitignore ?? true,
            UseDefaultIgnores = options?.UseDefaultIgnores ?? true,
        }, CancellationToken.None);

    private static string[] Paths(RawCodebase raw) => raw.Entries.Select(e => e.Path).Order(StringComparer.Ordinal).ToArray();

    private static string Text(RawCodebase raw, string path) => raw.Entries.Single(e => e.Path == path).Text;
}
