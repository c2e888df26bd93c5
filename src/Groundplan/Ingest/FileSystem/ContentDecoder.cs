using System.Text;
using System.Text.Unicode;
using Groundplan.Model;

namespace Groundplan.Ingest.FileSystem;

/// <summary>Turns a file's bytes into text, or says why it cannot: shared by the directory and git readers.</summary>
internal static class ContentDecoder
{
    /// <summary>How far into a file a NUL byte marks it as binary: 8 KiB, a little beyond the 8,000 bytes git itself sniffs.</summary>
    public const int BinarySniffLength = 8192;

    /// <summary>The text of <paramref name="bytes"/> (BOM stripped), or null when the content is binary; <paramref name="note"/> tells why either way.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string path, out IngestNote? note)
    {
        // UTF-16 text is full of NUL bytes; with a byte order mark it is text all the same (repomix reads it too).
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            note = null;
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes[2..]);
        }

        if (bytes[..Math.Min(bytes.Length, BinarySniffLength)].Contains((byte)0))
        {
            note = new IngestNote(path, IngestNoteKind.Binary, "binary content (a NUL byte in the first 8 KiB); skipped");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        note = Utf8.IsValid(bytes)
            ? null
            : new IngestNote(path, IngestNoteKind.InvalidUtf8, "not valid UTF-8; invalid bytes were replaced with U+FFFD");

        // Encoding.UTF8 replaces each maximal invalid sequence with one U+FFFD, as a browser's TextDecoder does.
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The note for a file whose extension names a binary format.</summary>
    public static IngestNote BinaryByExtension(string path) =>
        new(path, IngestNoteKind.Binary, "binary file type (by extension); skipped");

    /// <summary>The note for a file over the size cap.</summary>
    public static IngestNote TooLarge(string path, long size, long cap) =>
        new(path, IngestNoteKind.TooLarge, $"{size} bytes, over the {cap}-byte size cap; skipped without reading");
}
