using Groundplan.Ingest;
using Groundplan.Ingest.Packs;
using Groundplan.Model;
using Groundplan.Packing;

namespace Groundplan.Tests.Packing;

/// <summary>A Groundplan pack read back gives the same model as the codebase it was written from.</summary>
public sealed class PackRoundTripTests
{
    public static TheoryData<PackStyle> Styles => [PackStyle.Xml, PackStyle.XmlParsable, PackStyle.Markdown, PackStyle.Plain, PackStyle.Json];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Pack_ThenRead_SameFilesTextsAndTokens_Sample(PackStyle style)
    {
        AssertRoundTrip(TestPaths.Samples + "/inkwell", style);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Pack_ThenRead_SameFilesTextsAndTokens_EdgeCases(PackStyle style)
    {
        AssertRoundTrip(Path.Combine(TestPaths.Fixtures, "repos", "edge-cases"), style);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Pack_ThenRead_AwkwardContent_Survives(PackStyle style)
    {
        // Given files whose contents look like pack syntax, with odd whitespace and line endings
        using var dir = new TempDirectory();
        dir.Write("a/close.xml", "</file>\n\n<file path=\"evil\">\n</files>\n");
        dir.Write("b/fences.md", "````\n```js\nx\n```\n````\n\n");
        dir.Write("c/plain.txt", "================\nFile: fake\n================\n\n\n");
        dir.Write("d/crlf.txt", "one\r\ntwo\r\n");
        dir.Write("e/spaces.txt", "\n\n  padded  \n\n");
        dir.Write("f/unicode 名前.txt", "héllo 🌍\n");
        dir.Write("g/empty.txt", string.Empty);

        // When packed and read back, then the model is the same
        AssertRoundTrip(dir.Path, style);
    }

    private static void AssertRoundTrip(string source, PackStyle style)
    {
        var loader = new CodebaseLoader();
        var original = loader.Load(source);
        using var dir = new TempDirectory();
        var packPath = Path.Combine(dir.Path, "pack" + PackOptions.ExtensionOf(style));
        using (var stream = File.Create(packPath))
        {
            new Packer().Pack(original, new PackOptions { Style = style }, stream);
        }

        var reread = loader.Load(packPath);

        Assert.Equal(OriginKind.Pack, reread.Origin.Kind);
        Assert.Equal(original.Files.Select(f => f.Path), reread.Files.Select(f => f.Path));
        foreach (var (a, b) in original.Files.Zip(reread.Files))
        {
            Assert.Equal(a.Text, b.Text);
            Assert.Equal((a.TokenCount, a.LineCount, a.Language), (b.TokenCount, b.LineCount, b.Language));
        }
    }
}
