using Groundplan.Ingest;
using Groundplan.Ingest.Packs;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class PackReaderPathTests
{
    public static TheoryData<string> Styles => new(HandPacks.Styles);

    [Theory]
    [MemberData(nameof(Styles))]
    public void Read_PathClimbingOut_IsRejectedAtItsLine(string style)
    {
        // Given a pack whose second file climbs out of the repository
        using var temp = new TempDirectory();
        var text = HandPacks.Build(style, ("ok.txt", "fine"), ("../outside.txt", "escaped"));
        var pack = temp.Write("pack", text);

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => new PackReader().Read(pack, new IngestOptions(), CancellationToken.None));

        // Then the error names the pack and the entry's line
        Assert.Equal(pack, error.File);
        Assert.Equal(HandPacks.LineOf(text, "../outside.txt"), error.Line);
        Assert.NotNull(error.Column);
        Assert.Contains("'..'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{pack}:{error.Line}:{error.Column}: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Read_AbsolutePath_IsRejectedAtItsLine(string style)
    {
        // Given a pack with an absolute path
        using var temp = new TempDirectory();
        var text = HandPacks.Build(style, ("a.txt", "a"), ("b.txt", "b"), ("/etc/passwd", "root:x:0:0"));
        var pack = temp.Write("pack", text);

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => new PackReader().Read(pack, new IngestOptions(), CancellationToken.None));

        // Then the error points at that entry
        Assert.Equal(HandPacks.LineOf(text, "/etc/passwd"), error.Line);
        Assert.Contains("absolute", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Read_DuplicatePath_IsRejectedAtTheSecondEntry(string style)
    {
        // Given a pack that holds one path twice
        using var temp = new TempDirectory();
        var text = HandPacks.Build(style, ("src/app.ts", "one"), ("src/other.ts", "x"), ("src/app.ts", "two"));
        var pack = temp.Write("pack", text);
        var first = HandPacks.LineOf(text, "src/app.ts");

        // When it is read
        var error = Assert.Throws<GroundplanException>(() => new PackReader().Read(pack, new IngestOptions(), CancellationToken.None));

        // Then the error points at the second one and names the first
        Assert.Equal(HandPacks.LineOf(text, "src/app.ts", first + 1), error.Line);
        Assert.Contains($"first at line {first}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Read_HandWrittenPack_KeepsContentAndPathsAsWritten(string style)
    {
        // Given a small pack with awkward contents
        using var temp = new TempDirectory();
        var files = new[]
        {
            ("a b/ü 😀.txt", "  indented\n\n</file>\n<file path=\"x\">\n```\n================\nend"),
            ("empty.txt", string.Empty),
            ("./dot/leading.cs", "class A { }"),
        };
        var pack = temp.Write("pack", HandPacks.Build(style, files));

        // When it is read
        var raw = new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

        // Then the contents are exactly as written and paths are repo-relative
        Assert.Equal(["a b/ü 😀.txt", "empty.txt", "dot/leading.cs"], raw.Entries.Select(e => e.Path));
        Assert.Equal(files.Select(f => f.Item2), raw.Entries.Select(e => e.Text));
    }
}
