using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Groundplan.Ingest.Git;

/// <summary>Streams blobs out of one long-lived <c>git cat-file --batch</c> process: one process for a whole read, not one per file.</summary>
/// <remarks>
/// A background task writes the requested ids while this thread reads the answers, so neither pipe can fill up
/// and stall the other. Without <c>--buffer</c>, git answers each id as it arrives, which lets one process serve
/// several rounds (the ignore files first, then the files they let through).
/// </remarks>
internal sealed class GitBlobReader : IDisposable
{
    private readonly GitRunner _git;
    private readonly Process _process;
    private readonly BufferedStream _output;
    private readonly Task<string> _error;

    private GitBlobReader(GitRunner git)
    {
        _git = git;
        _process = git.Start(["cat-file", "--batch"]);
        _output = new BufferedStream(_process.StandardOutput.BaseStream, 1 << 16);
        _error = _process.StandardError.ReadToEndAsync();
    }

    public static GitBlobReader Start(GitRunner git) => new(git);

    /// <summary>Reads the blobs with <paramref name="ids"/> in order; <paramref name="onBlob"/> gets each one's index and bytes (valid only during the call).</summary>
    public void Read(IReadOnlyList<string> ids, Action<int, ReadOnlySpan<byte>> onBlob, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var input = _process.StandardInput.BaseStream;
        var writer = Task.Run(() => WriteRequests(input, ids), cancellationToken);

        try
        {
            using (cancellationToken.Register(() => GitRunner.Kill(_process)))
            {
                for (var i = 0; i < ids.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    onBlob(i, ReadBlob(ids[i], out var buffer));
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch
        {
            // Stop git first, so a writer blocked on a full pipe fails instead of waiting forever; a cancelled
            // read that broke the pipe is reported as the cancellation it is.
            GitRunner.Kill(_process);
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }

        writer.GetAwaiter().GetResult();
    }

    /// <summary>Writes "id\n" lines in pipe-sized chunks rather than one system call per id.</summary>
    private static void WriteRequests(Stream input, IReadOnlyList<string> ids)
    {
        var chunk = new byte[1 << 16];
        var used = 0;
        foreach (var id in ids)
        {
            if (used + id.Length + 1 > chunk.Length)
            {
                input.Write(chunk, 0, used);
                used = 0;
            }

            used += Encoding.ASCII.GetBytes(id, chunk.AsSpan(used));
            chunk[used++] = (byte)'\n';
        }

        input.Write(chunk, 0, used);
        input.Flush();
    }

    private ReadOnlySpan<byte> ReadBlob(string id, out byte[] buffer)
    {
        var size = ReadHeader(id);
        buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            _output.ReadExactly(buffer, 0, size);
            return _output.ReadByte() == '\n' ? buffer.AsSpan(0, size) : throw Failure($"the blob {id} did not end where its size said");
        }
        catch (EndOfStreamException)
        {
            throw Failure($"git cat-file stopped in the middle of blob {id}");
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                GitRunner.Kill(_process);
            }
        }
        catch (IOException)
        {
            GitRunner.Kill(_process);
        }

        _output.Dispose();
        _process.Dispose();
    }

    /// <summary>Reads "id type size" and returns the size; "id missing" and other types are errors.</summary>
    private int ReadHeader(string id)
    {
        var header = new StringBuilder();
        for (var b = _output.ReadByte(); b != '\n'; b = _output.ReadByte())
        {
            if (b < 0)
            {
                throw Failure($"git cat-file ended before answering for {id}");
            }

            header.Append((char)b);
        }

        var fields = header.ToString().Split(' ');
        if (fields.Length != 3 || fields[1] != "blob" || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw Failure($"git cat-file answered '{header}' for {id}, not a blob");
        }

        return size;
    }

    private GroundplanException Failure(string what)
    {
        var detail = _process.HasExited && _error.IsCompleted ? _error.Result.Trim() : string.Empty;
        return new GroundplanException(detail.Length == 0 ? what : $"{what} ({detail})", _git.Repository);
    }
}
