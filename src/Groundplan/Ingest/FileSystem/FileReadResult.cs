using Groundplan.Model;

namespace Groundplan.Ingest.FileSystem;

/// <summary>What reading one file gave: an entry, a note, or an entry with a caveat.</summary>
/// <param name="Entry">The file's text, or null when it was skipped.</param>
/// <param name="Note">Why it was skipped, or its caveat.</param>
internal readonly record struct FileReadResult(FileEntry? Entry, IngestNote? Note)
{
    /// <summary>Decodes bytes read from a file or blob of <paramref name="size"/> bytes.</summary>
    public static FileReadResult FromBytes(string path, ReadOnlySpan<byte> bytes, long size)
    {
        var text = ContentDecoder.Decode(bytes, path, out var note);
        return new FileReadResult(text is null ? null : new FileEntry(path, text, size), note);
    }
}
