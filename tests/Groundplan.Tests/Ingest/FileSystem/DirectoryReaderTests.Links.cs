using Groundplan.Model;
using static Groundplan.Tests.Ingest.FileSystem.DirectoryReads;

namespace Groundplan.Tests.Ingest.FileSystem;

public sealed partial class DirectoryReaderTests
{
    [Fact]
    public void Read_SymlinksInAndOutOfTree_NotedAndNeverFollowed()
    {
        // Given links to a file inside the tree, a file outside it, a folder outside it, and nowhere
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.txt", "outside");
        using var folder = new TempDirectory();
        folder.Write("real.txt", "inside");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "in.txt"), "real.txt");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "out.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "outdir"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "broken.txt"), "missing");

        // When the folder is read
        var raw = Read(folder.Path);

        // Then only the real file is read; each link is noted with its target
        Assert.Equal(["real.txt"], Paths(raw));
        Assert.Equal(["broken.txt", "in.txt", "out.txt", "outdir"], raw.Notes.Where(n => n.Kind == IngestNoteKind.Symlink).Select(n => n.Path).Order());
        Assert.Contains(raw.Notes, n => n.Path == "out.txt" && n.Message.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_SymlinkLoops_FinishWithNotes()
    {
        // Given a folder link back to the root and two file links pointing at each other
        using var folder = new TempDirectory();
        folder.Write("sub/a.txt", "a");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "sub", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "y"), "x");

        // When the folder is read (a hang times out instead of stalling the run)
        var raw = await Task.Run(() => Read(folder.Path)).WaitAsync(TimeSpan.FromSeconds(20));

        // Then the real file is read once and each link is noted
        Assert.Equal(["sub/a.txt"], Paths(raw));
        Assert.Equal(["sub/loop", "x", "y"], raw.Notes.Select(n => n.Path).Order());
    }

    [Fact]
    public void Read_IgnoredSymlink_NoNote()
    {
        // Given a link that an ignore rule covers
        using var folder = new TempDirectory();
        folder.Write(".gitignore", "link\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link"), "/");

        // When the folder is read
        var raw = Read(folder.Path);

        // Then it is ignored silently, like any ignored file
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public async Task Read_Fifo_DoesNotBlock()
    {
        // Given a named pipe with no writer (opening it for reading would wait forever)
        using var folder = new TempDirectory();
        folder.Write("a.txt", "a");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder.Path, "pipe")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // When the folder is read (a hang times out instead of stalling the run)
        var raw = await Task.Run(() => Read(folder.Path)).WaitAsync(TimeSpan.FromSeconds(20));

        // Then the read finishes: a pipe lists as 0 bytes and is never opened
        Assert.Equal(["a.txt", "pipe"], Paths(raw));
        Assert.Equal(string.Empty, Text(raw, "pipe"));
    }
}
