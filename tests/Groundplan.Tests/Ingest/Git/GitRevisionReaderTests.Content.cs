using Groundplan.Ingest;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.Git;

public sealed partial class GitRevisionReaderTests
{
    [Fact]
    public void Read_PartialCloneMissingBlob_NotedAndListedNotACrash()
    {
        // Given a blobless clone whose remote is gone, so one blob was never fetched and cannot be
        using var dir = new TempDirectory();
        var origin = Path.Combine(dir.Path, "origin");
        Directory.CreateDirectory(origin);
        TestGit.Init(origin);
        File.WriteAllText(Path.Combine(origin, "kept.txt"), "kept\n");
        File.WriteAllText(Path.Combine(origin, "lost.txt"), "lost\n");
        TestGit.CommitAll(origin, "two files");
        TestGit.Run(origin, "config", "uploadpack.allowFilter", "true");
        var clone = Path.Combine(dir.Path, "clone");
        TestGit.Run(dir.Path, "clone", "--quiet", "--bare", "--filter=blob:none", "--no-local", "file://" + origin, clone);
        TestGit.Run(clone, "cat-file", "-p", "HEAD:kept.txt");
        TestGit.Run(clone, "remote", "remove", "origin");

        // When HEAD is read
        var raw = Read(clone, "HEAD", new IngestOptions());

        // Then the fetched blob is read and the missing one is noted and listed, without content
        Assert.Equal(["kept.txt"], Paths(raw));
        Assert.Contains(raw.Notes, n => n.Path == "lost.txt" && n.Message.Contains("not in this clone", StringComparison.Ordinal));
        Assert.Equal(["lost.txt"], raw.ListedPaths);
    }

    [Fact]
    public void Read_BinaryLargeAndInvalidBlobs_Noted()
    {
        // Given committed blobs: NUL bytes, a binary extension, one over the cap, and Latin-1 text
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        File.WriteAllBytes(Path.Combine(repo.Path, "data.txt"), [1, 0, 2]);
        repo.Write("logo.png", "png");
        repo.Write("big.txt", new string('x', 200));
        File.WriteAllBytes(Path.Combine(repo.Path, "latin.txt"), [(byte)'c', 0xE9]);
        repo.Write("ok.txt", "ok");
        TestGit.CommitAll(repo.Path, "blobs");

        // When HEAD is read with a 100-byte cap
        var raw = Read(repo.Path, "HEAD", new IngestOptions { MaxFileSize = 100 });

        // Then each is noted; skipped files are listed; the bad byte is replaced
        Assert.Equal(["latin.txt", "ok.txt"], Paths(raw));
        Assert.Equal("c\uFFFD", Text(raw, "latin.txt"));
        Assert.Equal(
            [("big.txt", IngestNoteKind.TooLarge), ("data.txt", IngestNoteKind.Binary), ("latin.txt", IngestNoteKind.InvalidUtf8), ("logo.png", IngestNoteKind.Binary)],
            raw.Notes.Select(n => (n.Path, n.Kind)).Order());
        Assert.Equal(["big.txt", "data.txt", "logo.png"], raw.ListedPaths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_SymlinkAndSubmodule_NotedNotRead()
    {
        // Given a committed symlink and a submodule entry (a gitlink to some commit)
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("real.txt", "real");
        File.CreateSymbolicLink(Path.Combine(repo.Path, "link.txt"), "real.txt");
        var commit = TestGit.CommitAll(repo.Path, "one");
        TestGit.Run(repo.Path, "update-index", "--add", "--cacheinfo", $"160000,{commit},libs/sub");
        TestGit.Run(repo.Path, "commit", "--quiet", "-m", "two");

        // When HEAD is read
        var raw = Read(repo.Path, "HEAD");

        // Then only the real file is read; the link names its target and the submodule its commit
        Assert.Equal(["real.txt"], Paths(raw));
        var link = raw.Notes.Single(n => n.Path == "link.txt");
        Assert.Equal(IngestNoteKind.Symlink, link.Kind);
        Assert.Contains("'real.txt'", link.Message, StringComparison.Ordinal);
        var submodule = raw.Notes.Single(n => n.Path == "libs/sub");
        Assert.Equal(IngestNoteKind.Other, submodule.Kind);
        Assert.Contains(commit, submodule.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommittedGitignore_DropsForceAddedFilesAsACheckoutWould()
    {
        // Given ignored files committed anyway (force-added), and a nested negation
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write(".gitignore", "*.gen.cs\ngenerated/\n");
        repo.Write("src/.gitignore", "!keep.gen.cs\n");
        repo.Write("src/.groundplanignore", "drop.cs\n");
        repo.Write("src/drop.cs", "d");
        repo.Write("a.gen.cs", "g");
        repo.Write("generated/x.js", "x");
        repo.Write("src/keep.gen.cs", "k");
        repo.Write("src/a.cs", "a");
        TestGit.Run(repo.Path, "add", "--force", ".");
        TestGit.CommitAll(repo.Path, "forced");

        // When HEAD is read, with and without ignore files
        var withRules = Read(repo.Path, "HEAD");
        var withoutRules = Read(repo.Path, "HEAD", new IngestOptions { UseGitignore = false });

        // Then the committed rules apply like on disk, and only when asked
        Assert.Equal([".gitignore", "src/.gitignore", "src/.groundplanignore", "src/a.cs", "src/keep.gen.cs"], Paths(withRules));
        Assert.Equal([".gitignore", "a.gen.cs", "generated/x.js", "src/.gitignore", "src/.groundplanignore", "src/a.cs", "src/drop.cs", "src/keep.gen.cs"], Paths(withoutRules));
    }

    [Fact]
    public void Read_DefaultIgnoresAndIncludeGlobs_Apply()
    {
        // Given a committed lock file, node_modules and sources
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        repo.Write("package-lock.json", "{}");
        repo.Write("node_modules/a/index.js", "a");
        repo.Write("src/app.ts", "app");
        repo.Write("src/app.css", "css");
        TestGit.Run(repo.Path, "add", "--force", ".");
        TestGit.CommitAll(repo.Path, "one");

        // When HEAD is read keeping only TypeScript
        var raw = Read(repo.Path, "HEAD", new IngestOptions { Include = ["*.ts"] });

        // Then defaults and includes both filter
        Assert.Equal(["src/app.ts"], Paths(raw));
    }

    [Fact]
    public void Read_ManyBlobs_StreamedThroughOneProcessInOrder()
    {
        // Given a hundred and more committed files of varied sizes (far more than a pipe buffer in total)
        using var repo = new TempDirectory();
        TestGit.Init(repo.Path);
        for (var i = 0; i < 120; i++)
        {
            repo.Write($"d{i % 5}/f{i:D3}.txt", $"{i}:" + new string((char)('a' + (i % 26)), i * 53));
        }

        TestGit.CommitAll(repo.Path, "many");

        // When HEAD is read
        var raw = Read(repo.Path, "HEAD");

        // Then every file has its own content and its blob size
        Assert.Equal(120, raw.Entries.Count);
        Assert.All(raw.Entries, e =>
        {
            var i = int.Parse(e.Path[(e.Path.IndexOf("/f", StringComparison.Ordinal) + 2)..^4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"{i}:" + new string((char)('a' + (i % 26)), i * 53), e.Text);
            Assert.Equal(e.Text.Length, e.Size);
        });
    }
}
