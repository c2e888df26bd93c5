using Groundplan.Model;
using static Groundplan.Tests.Ingest.FileSystem.DirectoryReads;

namespace Groundplan.Tests.Ingest.FileSystem;

public sealed partial class DirectoryReaderTests
{
    [Fact]
    public void Read_NestedFiles_RepoRelativeSlashPathsAndDirectoryOrigin()
    {
        // Given nested files
        using var folder = new TempDirectory();
        folder.WriteAll(("src/app/main.ts", "main"), ("README.md", "readme"));

        // When the folder is read
        var raw = Read(folder.Path);

        // Then paths are relative and '/'-separated, and the origin names the folder as given
        Assert.Equal(["README.md", "src/app/main.ts"], Paths(raw));
        Assert.Equal(new FileOrigin(OriginKind.Directory, folder.Path), raw.Origin);
        Assert.Equal(4, raw.Entries.Single(e => e.Path == "src/app/main.ts").Size);
    }

    [Fact]
    public void Read_EmptyDirectory_EmptyCodebase()
    {
        // Given an empty folder
        using var folder = new TempDirectory();

        // When it is read
        var raw = Read(folder.Path);

        // Then there is nothing, and no error
        Assert.Empty(raw.Entries);
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_EmptyRepository_EmptyCodebase()
    {
        // Given a freshly initialised repository: nothing but git's own folder
        using var folder = new TempDirectory();
        TestGit.Init(folder.Path);

        // When it is read
        var raw = Read(folder.Path);

        // Then git's folder is not part of the codebase
        Assert.Empty(raw.Entries);
        Assert.Empty(raw.Notes);
        Assert.Empty(raw.ListedPaths);
    }

    [Fact]
    public void Read_CancelledToken_StopsWithCancellation()
    {
        // Given a folder and a token that is already cancelled
        using var folder = new TempDirectory();
        folder.Write("a.txt", "a");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // When the folder is read, then the read stops
        Assert.ThrowsAny<OperationCanceledException>(() => new Groundplan.Ingest.FileSystem.DirectoryReader().Read(folder.Path, new Groundplan.Ingest.IngestOptions(), cancelled.Token));
    }

    [Fact]
    public void Read_NonexistentPath_ThrowsNamingIt()
    {
        // Given a path that does not exist
        using var folder = new TempDirectory();
        var missing = Path.Combine(folder.Path, "nope");

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => Read(missing));

        // Then the error names it
        Assert.Equal(missing, error.File);
        Assert.Contains("no such directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FilePath_ThrowsNotADirectory()
    {
        // Given a file where a folder is expected
        using var folder = new TempDirectory();
        var file = folder.Write("a.txt", "a");

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => Read(file));

        // Then the error says so and names it
        Assert.Equal(file, error.File);
        Assert.Contains("not a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidOptions_ThrowsListingTheProblem()
    {
        // Given a non-positive size cap
        using var folder = new TempDirectory();

        // When the folder is read
        var error = Assert.Throws<GroundplanException>(() => Read(folder.Path, new Groundplan.Ingest.IngestOptions { MaxFileSize = 0 }));

        // Then the options' own message comes through
        Assert.Contains("size cap must be positive", error.Message, StringComparison.Ordinal);
    }
}
