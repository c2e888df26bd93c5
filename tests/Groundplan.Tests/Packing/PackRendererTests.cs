using System.Text;
using Groundplan.Ingest.Packs;
using Groundplan.Packing;

namespace Groundplan.Tests.Packing;

public sealed class PackRendererTests
{
    private static readonly PackLayout Document = new(
        "the entire codebase",
        ["- a note"],
        "src/\n  a.ts\nREADME.md",
        [
            new PackLayoutFile("src/a.ts", "export const a = 1;\n", "typescript"),
            new PackLayoutFile("README.md", "# Hi\n\n```js\nx < y && z\n```", "markdown"),
        ],
        FileSummary: true);

    [Theory]
    [InlineData(PackStyle.Xml, "pack.xml")]
    [InlineData(PackStyle.XmlParsable, "pack.parsable.xml")]
    [InlineData(PackStyle.Markdown, "pack.md")]
    [InlineData(PackStyle.Plain, "pack.txt")]
    [InlineData(PackStyle.Json, "pack.json")]
    public void Write_SmallDocument_MatchesSnapshot(PackStyle style, string snapshot)
    {
        Snapshot.Match(Render(style, Document), "Packing", "Expected", snapshot);
    }

    [Fact]
    public void Write_Markdown_FenceLongerThanAnyBacktickRunInTheFile()
    {
        var doc = Document with { Files = [new PackLayoutFile("a.md", "````\ncode\n````", "markdown")], FileSummary = false };

        var text = Render(PackStyle.Markdown, doc);

        Assert.Contains("`````markdown\n````\ncode\n````\n`````\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ParsableXml_EscapesMarkupAndKeepsCarriageReturns()
    {
        var doc = Document with { Files = [new PackLayoutFile("a&b.txt", "</file>\r\n<x a=\"1\">", string.Empty)], FileSummary = false };

        var text = Render(PackStyle.XmlParsable, doc);

        Assert.Contains("<file path=\"a&amp;b.txt\">&lt;/file&gt;&#xD;\n&lt;x a=\"1\"&gt;</file>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ParsableXml_ReplacesCharactersXmlCannotCarry()
    {
        var doc = Document with { Files = [new PackLayoutFile("a.txt", "bell\u0007", string.Empty)], FileSummary = false };

        var text = Render(PackStyle.XmlParsable, doc);

        Assert.Contains("bell\uFFFD</file>", text, StringComparison.Ordinal);
    }

    internal static string Render(PackStyle style, PackLayout document)
    {
        using var stream = new MemoryStream();
        PackRenderers.For(style).Write(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
