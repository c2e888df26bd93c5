using Groundplan.IO;

namespace Groundplan.Tests.IO;

public sealed class AtomicFileTests
{
    [Fact]
    public void Write_WriterThrows_LeavesNoFileAndNoTemporary()
    {
        // Given an empty folder
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "out.xml");

        // When the writer fails half-way
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, s =>
        {
            s.Write("partial"u8);
            throw new InvalidOperationException("boom");
        }));

        // Then nothing is left behind
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Write_ExistingFileWriterThrows_KeepsTheOldContent()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("out.xml", "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(target, _ => throw new InvalidOperationException("boom")));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Write_NoOverwriteAndFileExists_ThrowsGroundplanException()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("plan.md", "old");

        var error = Assert.Throws<GroundplanException>(() => AtomicFile.Write(target, s => s.WriteByte(1), overwrite: false));

        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(target));
    }

    [Fact]
    public void Write_MissingFolder_ThrowsNamingTheFolder()
    {
        using var dir = new TempDirectory();
        var target = Path.Combine(dir.Path, "nope", "out.xml");

        var error = Assert.Throws<GroundplanException>(() => AtomicFile.Write(target, s => s.WriteByte(1)));

        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }
}
