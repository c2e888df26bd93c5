using System.Collections.Concurrent;
using Groundplan.Ingest;
using Groundplan.Model;
using static Groundplan.Tests.Ingest.FileSystem.DirectoryReads;

namespace Groundplan.Tests.Ingest.FileSystem;

public sealed partial class DirectoryReaderTests
{
    [Fact]
    public void Read_NulByteInFirst8KiB_NotedBinaryAndListed()
    {
        // Given a file with a NUL byte and a text file
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "blob.txt"), [(byte)'a', 0, (byte)'b']);
        folder.Write("a.txt", "a");

        // When the folder is read
        var raw = Read(folder.Path);

        // Then the binary file has a note and is listed, but has no entry
        Assert.Equal(["a.txt"], Paths(raw));
        Assert.Equal(IngestNoteKind.Binary, Assert.Single(raw.Notes).Kind);
        Assert.Equal(["blob.txt"], raw.ListedPaths);
    }

    [Fact]
    public void Read_NulByteAfter8KiB_ReadAsText()
    {
        // Given a file whose first NUL byte comes after 8 KiB of text
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "late.txt"), [.. Enumerable.Repeat((byte)'x', 8192), 0]);

        // When the folder is read
        var raw = Read(folder.Path);

        // Then it is text
        Assert.Equal(8193, Text(raw, "late.txt").Length);
    }

    [Fact]
    public void Read_BinaryExtensionOrOverSizeCap_NotedWithoutOpeningTheFile()
    {
        // Given an image (text inside, but a binary extension), a file over the cap and one at the cap
        using var folder = new TempDirectory();
        folder.WriteAll(("logo.PNG", "not really"), ("big.txt", new string('x', 11)), ("fits.txt", new string('y', 10)));
        var opened = new ConcurrentBag<string>();

        // When the folder is read with a 10-byte cap
        var raw = Read(folder.Path, new IngestOptions { MaxFileSize = 10 }, path =>
        {
            opened.Add(Path.GetFileName(path));
            return File.OpenHandle(path);
        });

        // Then both skipped files are noted, and only the file that fits was ever opened
        Assert.Equal(["fits.txt"], Paths(raw));
        Assert.Equal([("big.txt", IngestNoteKind.TooLarge), ("logo.PNG", IngestNoteKind.Binary)], raw.Notes.Select(n => (n.Path, n.Kind)).Order());
        Assert.Equal(["fits.txt"], opened);
    }

    [Fact]
    public void Read_FileGrewAfterListing_ReadToTheEndOrNotedTooLarge()
    {
        // Given two small files that grow between the listing and the read (the open seam swaps in bigger ones)
        using var folder = new TempDirectory();
        folder.WriteAll(("grows.txt", "ab"), ("explodes.txt", "ab"));
        using var bigger = new TempDirectory();
        var grown = bigger.Write("grows.txt", new string('g', 3000));
        var exploded = bigger.Write("explodes.txt", new string('e', 5000));

        // When the folder is read with a 4000-byte cap
        var raw = Read(folder.Path, new IngestOptions { MaxFileSize = 4000 }, path => File.OpenHandle(Path.GetFileName(path) == "grows.txt" ? grown : exploded));

        // Then the grown file is read whole, and the one now over the cap is noted instead
        Assert.Equal(new string('g', 3000), Text(raw, "grows.txt"));
        Assert.Equal(3000, raw.Entries.Single().Size);
        Assert.Equal(("explodes.txt", IngestNoteKind.TooLarge), raw.Notes.Select(n => (n.Path, n.Kind)).Single());
    }

    [Fact]
    public void Read_InvalidUtf8_ReplacedWithReplacementCharacterAndNoted()
    {
        // Given Latin-1 bytes that are not UTF-8
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "latin.txt"), [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'!']);

        // When the folder is read
        var raw = Read(folder.Path);

        // Then the bad byte becomes U+FFFD and the file carries a note
        Assert.Equal("caf\uFFFD!", Text(raw, "latin.txt"));
        Assert.Equal(IngestNoteKind.InvalidUtf8, Assert.Single(raw.Notes).Kind);
    }

    [Fact]
    public void Read_Utf8Bom_StrippedAndSizeIsBytesOnDisk()
    {
        // Given a UTF-8 file with a byte order mark and non-ASCII text
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "bom.txt"), [0xEF, 0xBB, 0xBF, .. "é\n"u8]);

        // When the folder is read
        var raw = Read(folder.Path);

        // Then the text has no BOM and the size counts the bytes on disk
        var entry = Assert.Single(raw.Entries);
        Assert.Equal("é\n", entry.Text);
        Assert.Equal(6, entry.Size);
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_Utf16WithByteOrderMark_DecodedNotBinary()
    {
        // Given UTF-16 files, little- and big-endian, whose NUL bytes would otherwise mark them binary
        using var folder = new TempDirectory();
        File.WriteAllBytes(Path.Combine(folder.Path, "le.ps1"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Write-Host é")]);
        File.WriteAllBytes(Path.Combine(folder.Path, "be.txt"), [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes("hi")]);

        // When the folder is read
        var raw = Read(folder.Path);

        // Then both are text
        Assert.Equal("Write-Host é", Text(raw, "le.ps1"));
        Assert.Equal("hi", Text(raw, "be.txt"));
        Assert.Empty(raw.Notes);
    }

    [Fact]
    public void Read_FileThatFailsToOpen_NotedUnreadableAndOthersRead()
    {
        // Given two files, one of which the file system refuses to open
        using var folder = new TempDirectory();
        folder.WriteAll(("ok.txt", "fine"), ("locked.txt", "secret"));

        // When the folder is read
        var raw = Read(folder.Path, open: path => Path.GetFileName(path) == "locked.txt"
            ? throw new UnauthorizedAccessException("Access to the path is denied.")
            : File.OpenHandle(path));

        // Then the refusal becomes a note and the rest of the read goes on
        Assert.Equal(["ok.txt"], Paths(raw));
        var note = Assert.Single(raw.Notes);
        Assert.Equal(("locked.txt", IngestNoteKind.Unreadable), (note.Path, note.Kind));
        Assert.Contains("denied", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileWithNoPermissions_UnreadableUnlessTheProcessBypassesPermissions()
    {
        // Given a file with mode 000 (root bypasses it, so ask the OS what this process can really do)
        using var folder = new TempDirectory();
        var path = folder.Write("noperm.txt", "hidden");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var osAllowsRead = CanRead(path);

        // When the folder is read
        var raw = Read(folder.Path);

        // Then the reader reports exactly what the OS allowed
        if (osAllowsRead)
        {
            Assert.Equal("hidden", Text(raw, "noperm.txt"));
        }
        else
        {
            Assert.Equal(IngestNoteKind.Unreadable, Assert.Single(raw.Notes).Kind);
            Assert.Empty(raw.Entries);
        }
    }

    [Fact]
    public void Read_ManyFiles_AllReadInParallelWithTheirOwnContent()
    {
        // Given hundreds of files across folders
        using var folder = new TempDirectory();
        for (var i = 0; i < 400; i++)
        {
            folder.Write($"d{i % 7}/f{i:D3}.txt", $"file {i}\n" + new string('z', i * 37));
        }

        // When the folder is read
        var raw = Read(folder.Path);

        // Then each entry holds its own file's text, under a '/'-separated path
        Assert.Equal(400, raw.Entries.Count);
        Assert.All(raw.Entries, e =>
        {
            var i = int.Parse(e.Path[(e.Path.IndexOf("/f", StringComparison.Ordinal) + 2)..^4], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"d{i % 7}/f{i:D3}.txt", e.Path);
            Assert.Equal($"file {i}\n" + new string('z', i * 37), e.Text);
        });
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
