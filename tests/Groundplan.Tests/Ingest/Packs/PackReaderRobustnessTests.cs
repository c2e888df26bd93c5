using System.Text;
using Groundplan.Ingest;
using Groundplan.Ingest.Packs;
using Groundplan.Model;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class PackReaderRobustnessTests
{
    private static RawCodebase Read(string pack) => new PackReader().Read(pack, new IngestOptions(), CancellationToken.None);

    private static GroundplanException ReadFails(string pack) => Assert.Throws<GroundplanException>(() => Read(pack));

    [Theory]
    [InlineData("xml-default.xml", "export async function POST")]
    [InlineData("markdown-default.md", "export async function POST")]
    [InlineData("plain-default.txt", "export async function POST")]
    [InlineData("xml-default.xml", "</files>")]
    [InlineData("plain-default.txt", "================================================================\nEnd of Codebase")]
    public void Read_TruncatedLinePack_FailsNamingTheOpenBlock(string name, string cutBefore)
    {
        // Given a real pack cut off inside its files
        using var temp = new TempDirectory();
        var text = File.ReadAllText(PackFixtures.Pack("webapp-mini", name));
        var pack = temp.Write(name, text[..text.IndexOf(cutBefore, StringComparison.Ordinal)]);

        // When it is read
        var error = ReadFails(pack);

        // Then the error names the pack, a position, and says it was truncated
        Assert.Equal(pack, error.File);
        Assert.NotNull(error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedParsableXml_FailsWithLineAndColumn()
    {
        // Given a parsable pack cut in half
        using var temp = new TempDirectory();
        var text = File.ReadAllText(PackFixtures.Pack("webapp-mini", "xml-parsable-default.xml"));
        var pack = temp.Write("cut.xml", text[..(text.Length / 2)]);

        // When it is read
        var error = ReadFails(pack);

        // Then the XML error carries a position
        Assert.StartsWith($"{pack}:{error.Line}:{error.Column}: malformed XML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void Read_MismatchedParsableXml_ReportsLineAndColumn()
    {
        // Given a parsable pack whose third line closes the wrong element
        using var temp = new TempDirectory();
        var pack = temp.Write("bad.xml", "<repomix>\n<files>\n<file path=\"a.ts\">x</fil>\n</files>\n</repomix>\n");

        // When it is read
        var error = ReadFails(pack);

        // Then the message gives that line and column
        Assert.Equal(3, error.Line);
        Assert.Equal(22, error.Column);
        Assert.StartsWith($"{pack}:3:22: malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE repomix [\n<!ENTITY x \"expanded\">\n]>\n<repomix><files><file path=\"a\">&x;</file></files></repomix>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE repomix [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<repomix>&b;</repomix>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE repomix SYSTEM \"file:///etc/passwd\">\n<repomix/>")]
    public void Read_ParsableXmlWithDtd_IsRefused(string text)
    {
        // Given a parsable pack that declares a DTD (entity expansion, external subset)
        using var temp = new TempDirectory();
        var pack = temp.Write("dtd.xml", text);

        // When it is read
        var error = ReadFails(pack);

        // Then it is refused at the declaration
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Equal(HandPacks.LineOf(text, "<!DOCTYPE"), error.Line);
    }

    [Fact]
    public void Read_ParsableXmlWithUndeclaredEntity_IsRefused()
    {
        // Given a parsable pack that references an entity nobody declared
        using var temp = new TempDirectory();
        var pack = temp.Write("entity.xml", "<repomix><files>\n<file path=\"a\">&secret;</file></files></repomix>");

        // When it is read
        var error = ReadFails(pack);

        // Then it fails at the reference
        Assert.Equal(2, error.Line);
        Assert.Contains("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ReplacesBytesAndNotesThePack()
    {
        // Given a real pack with a stray 0xFF byte inside a file's content
        using var temp = new TempDirectory();
        var text = File.ReadAllText(PackFixtures.Pack("webapp-mini", "markdown-default.md"));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.InsertRange(Encoding.UTF8.GetByteCount(text[..text.IndexOf("One client", StringComparison.Ordinal)]), [0xFF, 0xC3]);
        var pack = Path.Combine(temp.Path, "broken.md");
        File.WriteAllBytes(pack, [.. bytes]);

        // When it is read
        var raw = Read(pack);

        // Then the bad bytes became U+FFFD and the pack is named in a note
        var note = Assert.Single(raw.Notes);
        Assert.Equal(new IngestNote(pack, IngestNoteKind.InvalidUtf8, note.Message), note);
        Assert.Contains(pack, note.Message, StringComparison.Ordinal);
        Assert.Single(raw.Entries, e => e.Text.Contains("\uFFFD\uFFFD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("xml-default.xml")]
    [InlineData("markdown-line-numbers.md")]
    [InlineData("plain-sections.txt")]
    public void Read_PackSavedWithCrlf_GivesTheSameFilesWithCrlfBreaks(string name)
    {
        // Given a real pack whose line breaks were all turned into CRLF (as a Windows checkout may do)
        using var temp = new TempDirectory();
        var original = PackFixtures.Pack("webapp-mini", name);
        var pack = temp.Write(name, File.ReadAllText(original).Replace("\n", "\r\n", StringComparison.Ordinal));

        // When both are read
        var lf = Read(original);
        var crlf = Read(pack);

        // Then the files and listings are the same, with CRLF inside the contents
        Assert.Equal(lf.Entries.Select(e => e.Path), crlf.Entries.Select(e => e.Path));
        Assert.Equal(lf.Entries.Select(e => e.Text.Replace("\n", "\r\n", StringComparison.Ordinal)), crlf.Entries.Select(e => e.Text));
        Assert.Equal(lf.ListedPaths, crlf.ListedPaths);
        Assert.Equal(lf.Unknowns, crlf.Unknowns);
    }

    [Fact]
    public void Read_EmptyFile_FailsAsNotAPack()
    {
        // Given an empty file
        using var temp = new TempDirectory();
        var pack = temp.Write("empty.xml", string.Empty);

        // When it is read
        var error = ReadFails(pack);

        // Then it is not a pack
        Assert.Equal($"{pack}:1:1: the file is empty, not a repomix pack", error.Message);
    }

    [Fact]
    public void Read_FileThatIsNotAPack_FailsNamingIt()
    {
        // Given an ordinary Markdown file from a fixture repository
        var readme = Path.Combine(PackFixtures.ReposRoot, "webapp-mini", "README.md");

        // When it is read as a pack
        var error = ReadFails(readme);

        // Then the error says it is not a pack
        Assert.Equal(readme, error.File);
        Assert.Contains("not a repomix pack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_FailsNamingIt()
    {
        // Given a path with nothing there
        using var temp = new TempDirectory();
        var pack = Path.Combine(temp.Path, "nope.xml");

        // When it is read
        var error = ReadFails(pack);

        // Then the error names it
        Assert.Equal(pack, error.File);
    }

    [Theory]
    [InlineData("{\n  \"files\": {\n    \"a.txt\": \"x\",\n    \"b.txt\": \n", 5)]
    [InlineData("{\n  \"files\": {\n    \"a.txt\": 42\n  }\n}", 3)]
    [InlineData("{\n  \"files\": [\"a.txt\"]\n}", 2)]
    public void Read_BrokenJsonPack_FailsWithLineAndBytePosition(string text, int line)
    {
        // Given a JSON pack that is cut off or has the wrong shape
        using var temp = new TempDirectory();
        var pack = temp.Write("pack.json", text);

        // When it is read
        var error = ReadFails(pack);

        // Then the error gives the line and byte position
        Assert.Equal(line, error.Line);
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void Read_LineNumbersPromisedButMissing_Fails()
    {
        // Given a pack whose header says line numbers were added, with a file lacking them
        using var temp = new TempDirectory();
        var text = File.ReadAllText(PackFixtures.Pack("webapp-mini", "xml-line-numbers.xml")).Replace("1: {\n", "{\n", StringComparison.Ordinal);
        var pack = temp.Write("pack.xml", text);

        // When it is read
        var error = ReadFails(pack);

        // Then the error names the file's entry
        Assert.Contains("line numbers", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }
}
