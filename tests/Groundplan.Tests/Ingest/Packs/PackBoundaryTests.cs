using Groundplan.Ingest;
using Groundplan.Ingest.Packs;

namespace Groundplan.Tests.Ingest.Packs;

/// <summary>Contents that hold a whole block boundary: the directory tree says which blocks are real.</summary>
public sealed class PackBoundaryTests
{
    private static readonly string Sep = HandPacks.Separator;
    private static readonly string Long = HandPacks.LongSeparator;

    private static RawCodebase ReadText(string text)
    {
        using var temp = new TempDirectory();
        return new PackReader().Read(temp.Write("pack", text), new IngestOptions(), CancellationToken.None);
    }

    [Fact]
    public void Read_XmlContentHoldingAFileBoundary_KeepsItWhenTheTreeDoesNotListThePath()
    {
        // Given a default-style pack where a.txt's content closes a block and opens an unlisted one
        var text = "<directory_structure>\na.txt\nb.txt\n</directory_structure>\n\n<files>\n"
            + "This section contains the contents of the repository's files.\n\n"
            + "<file path=\"a.txt\">\nstart\n</file>\n\n<file path=\"fake.txt\">\ninside\n</file>\n\n"
            + "<file path=\"b.txt\">\nx\n</file>\n\n</files>\nmore\n</file>\n\n</files>\n";

        // When it is read
        var raw = ReadText(text);

        // Then only the listed files are files, and the lookalikes are content
        Assert.Equal(["a.txt", "b.txt"], raw.Entries.Select(e => e.Path));
        Assert.Equal("start\n</file>\n\n<file path=\"fake.txt\">\ninside", raw.Entries[0].Text);
        Assert.Equal("x\n</file>\n\n</files>\nmore", raw.Entries[1].Text);
    }

    [Fact]
    public void Read_PlainContentHoldingAFileHeader_KeepsItWhenTheTreeDoesNotListThePath()
    {
        // Given a plain pack where a.txt's content holds a file header for an unlisted path
        var text = $"{Long}\nDirectory Structure\n{Long}\na.txt\nb.txt\n\n{Long}\nFiles\n{Long}\n\n"
            + $"{Sep}\nFile: a.txt\n{Sep}\nstart\n\n{Sep}\nFile: fake.txt\n{Sep}\ninside\n\n"
            + $"{Sep}\nFile: b.txt\n{Sep}\nb\n\n{Long}\nEnd of Codebase\n{Long}\nnot the end\n\n\n\n{Long}\nEnd of Codebase\n{Long}\n";

        // When it is read
        var raw = ReadText(text);

        // Then the lookalike header and the early end marker are content
        Assert.Equal(["a.txt", "b.txt"], raw.Entries.Select(e => e.Path));
        Assert.Equal($"start\n\n{Sep}\nFile: fake.txt\n{Sep}\ninside", raw.Entries[0].Text);
        Assert.Equal($"b\n\n{Long}\nEnd of Codebase\n{Long}\nnot the end", raw.Entries[1].Text);
    }

    [Fact]
    public void Read_MarkdownContentHoldingShorterFences_EndsAtTheLongerFence()
    {
        // Given a Markdown pack whose fence is longer than any run in the contents
        var text = "# Files\n\n## File: doc.md\n`````markdown\n```ts\nx\n```\n````\n`````\n\n## File: b.txt\n`````\nb\n`````\n";

        // When it is read
        var raw = ReadText(text);

        // Then the shorter fences stay in the content
        Assert.Equal("```ts\nx\n```\n````", raw.Entries[0].Text);
        Assert.Equal("b", raw.Entries[1].Text);
    }

    [Fact]
    public void Read_UnclosedMarkdownFence_FailsAtTheFile()
    {
        // Given a Markdown pack whose last block never closes
        var text = "# Files\n\n## File: a.txt\n```\na\n```\n\n## File: b.txt\n````\nb\n```\n";

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => ReadText(text));

        // Then the error points at that file's heading
        Assert.Equal(8, error.Line);
        Assert.Contains("'b.txt'", error.Message, StringComparison.Ordinal);
    }
}
