using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Tokens;

namespace Groundplan.Tests.Ingest;

public sealed class CodebaseBuilderTests
{
    private sealed class CharCounter : ITokenCounter
    {
        public int Calls { get; private set; }

        public int CountTokens(ReadOnlySpan<char> text)
        {
            Calls++;
            return text.Length;
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb", 2)]
    [InlineData("\n\n", 2)]
    public void CountLines_CountsLinesAsEditorsDo(string text, int expected)
    {
        Assert.Equal(expected, CodebaseBuilder.CountLines(text));
    }

    [Fact]
    public void Build_Entries_SortedMeasuredAndTokensCountedOnTrimmedText()
    {
        // Given entries out of order, one with surrounding whitespace
        var origin = new FileOrigin(OriginKind.Directory, "/repo");
        FileEntry[] entries = [new("src/b.ts", "  b  \n", 6), new("a.py", "x", 1)];

        // When built
        var codebase = new CodebaseBuilder(new CharCounter()).Build(origin, entries, listedPaths: ["a.py", "img.png"]);

        // Then files are ordinal-sorted, measured, and listed-only paths exclude files with content
        Assert.Equal(["a.py", "src/b.ts"], codebase.Files.Select(f => f.Path));
        var b = codebase.Find("src/b.ts")!;
        Assert.Equal(("typescript", 1, 1), (b.Language, b.LineCount, b.TokenCount));
        Assert.Equal(["img.png"], codebase.ListedPaths);
        Assert.Equal(2, codebase.TotalTokens);
    }

    [Fact]
    public void Build_WithoutCounting_CountsOnFirstReadOnlyThatFile()
    {
        // Given two entries built without eager counting
        var counter = new CharCounter();
        FileEntry[] entries = [new("a.ts", "  abc  \n", 8), new("b.ts", "xy", 2)];
        var codebase = new CodebaseBuilder(counter).Build(new FileOrigin(OriginKind.Directory, "/repo"), entries, countTokens: false);
        Assert.Equal(0, counter.Calls);

        // When one file's tokens are read twice
        var first = codebase.Find("a.ts")!.TokenCount;
        var second = codebase.Find("a.ts")!.TokenCount;

        // Then it is counted once, on the trimmed text, and the other file is not counted at all
        Assert.Equal((3, 3, 1), (first, second, counter.Calls));
    }
}
