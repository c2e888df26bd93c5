using System.Buffers;
using Groundplan.Model;
using Microsoft.Win32.SafeHandles;

namespace Groundplan.Ingest.FileSystem;

/// <summary>Reads one listed file, never past the size cap, into a pooled buffer, and decodes it.</summary>
internal static class FileContentReader
{
    public static FileReadResult Read(FileCandidate file, long maxFileSize, Func<string, SafeFileHandle> open)
    {
        // Nothing to read, and not opening keeps a FIFO or socket (which lists as 0 bytes) from blocking the read.
        if (file.Length == 0)
        {
            return new FileReadResult(new FileEntry(file.Path, string.Empty, 0), null);
        }

        byte[]? buffer = null;
        try
        {
            using var handle = open(file.FullPath);
            var cap = Math.Min(maxFileSize, Array.MaxLength - 1);
            var count = ReadUpTo(handle, file.Length, cap + 1, ref buffer);
            return count > cap
                ? new FileReadResult(null, ContentDecoder.TooLarge(file.Path, RandomAccess.GetLength(handle), maxFileSize))
                : FileReadResult.FromBytes(file.Path, buffer.AsSpan(0, count), count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileReadResult(null, new IngestNote(file.Path, IngestNoteKind.Unreadable, $"could not be read ({e.Message}); skipped"));
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads until the end of the file or <paramref name="limit"/> bytes, growing the buffer if the file grew since it was listed.</summary>
    /// <remarks>The size from the listing sizes the buffer (one byte more, to see the end), which saves asking the OS again.</remarks>
    private static int ReadUpTo(SafeFileHandle handle, long listedLength, long limit, ref byte[]? buffer)
    {
        buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(listedLength + 1, limit));
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit));
                buffer.AsSpan(0, total).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total, (int)Math.Min(buffer.Length, limit) - total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
