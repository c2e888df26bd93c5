using Groundplan.Ingest;
using Groundplan.Ingest.Packs;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class PackStyleDetectorTests
{
    public static TheoryData<string, string> Packs => PackFixtures.All();

    [Theory]
    [MemberData(nameof(Packs))]
    public void Detect_RepomixPack_GivesItsStyle(string repo, string name)
    {
        // Given a pack repomix wrote
        var text = File.ReadAllText(PackFixtures.Pack(repo, name));

        // When its style is detected from the content
        var style = PackStyleDetector.Detect(text);

        // Then it is the style the pack was written in
        Assert.NotNull(style);
        Assert.Equal(PackFixtures.ExpectedVariant(name), PackReader.Variant(style.Value));
    }

    [Theory]
    [InlineData("xml-default.xml", "xml")]
    [InlineData("xml-parsable-combined.xml", "xml-parsable")]
    [InlineData("markdown-no-file-summary.md", "markdown")]
    [InlineData("plain-combined.txt", "plain")]
    [InlineData("json-combined.json", "json")]
    public void Read_PackRenamedToTxt_DetectsStyleFromContent(string name, string variant)
    {
        // Given a pack copied under a misleading name
        using var temp = new TempDirectory();
        var renamed = Path.Combine(temp.Path, "codebase.txt");
        File.Copy(PackFixtures.Pack("webapp-mini", name), renamed);

        // When it is read
        var raw = new PackReader().Read(renamed, new IngestOptions(), CancellationToken.None);

        // Then the content decided the style
        Assert.Equal(variant, raw.Origin.Variant);
        Assert.NotEmpty(raw.Entries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# Files\n\nSome notes about the files in this project.\n")]
    [InlineData("<files>\n<item/>\n</files>\n")]
    [InlineData("{\"name\": \"not-a-pack\", \"files\": {}}")]
    [InlineData("This file is a merged representation of nothing.\n\nJust prose.\n")]
    [InlineData("================\nFile: a.txt\n================\nhello\n")]
    public void Detect_TextThatIsNotAPack_GivesNull(string text)
    {
        // Given text that only resembles a pack
        // When its style is detected
        var style = PackStyleDetector.Detect(text);

        // Then it is not a pack
        Assert.Null(style);
    }

    [Theory]
    [InlineData("\uFEFF<repomix><files/></repomix>", "xml-parsable")]
    [InlineData("<?xml version=\"1.0\"?>\n<repomix></repomix>", "xml-parsable")]
    [InlineData("<files>\nThis section contains the contents of the repository's files.\n", "xml")]
    [InlineData("# Files\n\n## File: a.ts\n```typescript\n", "markdown")]
    [InlineData("{\r\n  \"files\": {}\r\n}", "json")]
    [InlineData("This file is a merged representation of the entire codebase, combined into a single document by Repomix.\r\n\r\n<file_summary>\r\n", "xml")]
    public void Detect_PackOpenings_GiveTheirStyle(string text, string variant)
    {
        // Given the first lines of a pack
        // When its style is detected
        var style = PackStyleDetector.Detect(text);

        // Then the opening decides it
        Assert.NotNull(style);
        Assert.Equal(variant, PackReader.Variant(style.Value));
    }
}
