using Groundplan.Model;

namespace Groundplan.Tests.Ingest.ContextDocs;

/// <summary>Bad documents: paths outside the repository, empty or unreadable files.</summary>
public sealed partial class ContextDocumentReaderTests
{
    [Theory]
    [InlineData("## Snippets\n\n```ts title=\"../shared/money.ts\"\nexport const cents = 1;\n```\n", 3, "'../shared/money.ts' climbs out of the repository with '..'")]
    [InlineData("## Snippets\n\nSome text.\n\n**File: `/home/dev/shop/src/page.tsx`**\n```tsx\nexport default 1;\n```\n", 5, "'/home/dev/shop/src/page.tsx' is absolute")]
    [InlineData("```ts\n// ../../etc/hosts.ts\nx\n```\n", 2, "'../../etc/hosts.ts' climbs out")]
    [InlineData("```ts C:\\work\\shop\\src\\x.ts\nx\n```\n", 1, "'C:\\work\\shop\\src\\x.ts' is absolute")]
    [InlineData("**Directory Structure:** app code in `src/`,\nshared code in `../common/`.\n", 2, "'../common' climbs out")]
    [InlineData("## Directory Structure\n\n```\n/srv/shop/src/\n├── app/\n└── lib/\n```\n", 4, "'/srv/shop/src/' is absolute")]
    public void Read_PathOutsideTheRepository_ThrowsNamingDocumentAndLine(string markdown, int line, string reason)
    {
        // Given a document that names a path a plan must never touch
        using var temp = new TempDirectory();
        var path = temp.Write("context.md", markdown);

        // When
        var error = Assert.Throws<GroundplanException>(() => Read(path));

        // Then
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("a context document must name paths relative to the repository root", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RouteInDirectoryProse_NotedNotListedNoError()
    {
        // Given a structure section that names a URL route in inline code beside a real folder
        using var temp = new TempDirectory();
        var path = temp.Write("context.md", "## Directory Structure\n\nRoute handlers under `src/app/api/` serve `/api/posts`.\n");

        // When
        var raw = Read(path);

        // Then the folder is listed, the route is not, and a note says why
        Assert.Contains("src/app/api/", raw.ListedPaths);
        Assert.DoesNotContain(raw.ListedPaths, p => p.Contains("posts", StringComparison.Ordinal));
        Assert.Contains(raw.Notes, n => n.Message.Contains("'/api/posts'", StringComparison.Ordinal) && n.Message.StartsWith("line 3:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF \n\t\r\n  \n")]
    public void Read_EmptyDocument_ThrowsSayingWhatWasExpected(string text)
    {
        // Given an empty document: planning from it could only invent, so it is an error rather than an all-unknown model
        using var temp = new TempDirectory();
        var path = temp.Write("context.md", text);

        // When
        var error = Assert.Throws<GroundplanException>(() => Read(path));

        // Then
        Assert.Equal(path, error.File);
        Assert.Null(error.Line);
        Assert.Equal("the context document is empty; expected a tech stack, a directory structure or code snippets", error.Reason);
    }

    [Fact]
    public void Read_MissingFile_ThrowsNamingIt()
    {
        // Given a path with nothing there
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nope.md");

        // When
        var error = Assert.Throws<GroundplanException>(() => Read(path));

        // Then
        Assert.Equal(path, error.File);
        Assert.StartsWith("cannot read the context document: ", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Directory_ThrowsNamingIt()
    {
        // Given a folder where a document was expected
        using var temp = new TempDirectory();

        // When
        var error = Assert.Throws<GroundplanException>(() => Read(temp.Path));

        // Then
        Assert.Equal(temp.Path, error.File);
        Assert.Equal("is a directory, not a context document", error.Reason);
    }

    [Fact]
    public void Read_ProseWithoutAnySection_ReturnsAModelThatIsAllUnknown()
    {
        // Given text that says something but names no stack, no structure and no snippet
        using var temp = new TempDirectory();
        var path = temp.Write("context.md", "We are building a booking app for yoga studios.\n\nIt should feel fast.\n");

        // When
        var raw = Read(path);

        // Then
        Assert.Empty(raw.DeclaredStack);
        Assert.Empty(raw.ListedPaths);
        Assert.Empty(raw.Entries);
        Assert.Equal([FileContents, NoStack, NoStructure, NoSnippets], raw.Unknowns);
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_InvalidUtf8_ReadsWithReplacementAndNotes()
    {
        // Given a Latin-1 byte (0xE9) inside an otherwise UTF-8 document
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "context.md");
        File.WriteAllBytes(path, [.. "**Tech Stack:** Caf"u8, 0xE9, .. ", Flask\n"u8]);

        // When
        var raw = Read(path);

        // Then
        Assert.Equal(["Caf\uFFFD", "Flask"], raw.DeclaredStack);
        Assert.Equal([new IngestNote(path, IngestNoteKind.InvalidUtf8, "the context document is not valid UTF-8; decoded with replacement characters")], raw.Notes);
    }
}
