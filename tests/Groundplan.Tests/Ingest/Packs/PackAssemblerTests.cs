using Groundplan.Ingest;
using Groundplan.Ingest.Packs;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class PackAssemblerTests
{
    [Fact]
    public void Read_CompressedPackWithoutSummary_MarksOnlyCodeFilesWithChunks()
    {
        // Given a pack without a file summary whose TypeScript file has repomix's chunk separator
        using var temp = new TempDirectory();
        var pack = temp.Write("pack.md", HandPacks.Build("markdown", ("src/a.ts", "import x from \"x\";\n⋮----\nexport function f()"), ("notes.md", "⋮----")));

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then the code file is compressed and the Markdown file is whole
        Assert.Equal([ContentCompleteness.Compressed, ContentCompleteness.Complete], raw.Entries.Select(e => e.Completeness));
    }

    [Fact]
    public void Read_TextFilesOnlyWithSeparator_AreNotCompressed()
    {
        // Given a pack without a summary where only a text file holds the separator
        using var temp = new TempDirectory();
        var pack = temp.Write("pack.txt", HandPacks.Build("plain", ("src/a.ts", "export const a = 1;"), ("notes.txt", "⋮----")));

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then nothing is marked compressed
        Assert.All(raw.Entries, e => Assert.Equal(ContentCompleteness.Complete, e.Completeness));
    }

    [Fact]
    public void Read_FileOverTheSizeCap_IsSkippedWithANote()
    {
        // Given a pack with one file over a small cap
        using var temp = new TempDirectory();
        var pack = temp.Write("pack.json", HandPacks.Build("json", ("big.txt", new string('x', 100)), ("small.txt", "ok")));

        // When it is read with a 50-byte cap
        var raw = new PackReader().Read(pack, new IngestOptions { MaxFileSize = 50 }, CancellationToken.None);

        // Then the big file is left out and noted
        Assert.Equal(["small.txt"], raw.Entries.Select(e => e.Path));
        Assert.Equal(IngestNoteKind.TooLarge, Assert.Single(raw.Notes).Kind);
    }

    [Fact]
    public void Read_PackWithoutFilesSection_SaysSo()
    {
        // Given a pack made with --no-files: only a directory structure
        using var temp = new TempDirectory();
        var pack = temp.Write("pack.xml", "<directory_structure>\nsrc/\n  a.ts\n</directory_structure>\n");

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then there are no entries, the tree is listed, and the missing contents are unknown
        Assert.Empty(raw.Entries);
        Assert.Equal(["src/a.ts"], raw.ListedPaths);
        Assert.Contains(raw.Unknowns, u => u.Scope == "file contents");
        Assert.Contains(raw.Unknowns, u => u.Scope == "src/a.ts");
    }
}
