using System.Buffers;
using System.Text;

namespace Groundplan.Ingest.Ignore;

/// <summary>A path encoded as UTF-8 (after a prefix) into caller-provided stack space, or a pooled array when it does not fit.</summary>
/// <remarks>Matching runs once per path and folder of a walk, so it must not allocate: dispose to return a rented array.</remarks>
internal ref struct PathBytes
{
    private byte[]? _rented;

    public PathBytes(ReadOnlySpan<byte> prefix, string path, Span<byte> scratch)
    {
        var max = prefix.Length + Encoding.UTF8.GetMaxByteCount(path.Length);
        var buffer = max <= scratch.Length ? scratch : (_rented = ArrayPool<byte>.Shared.Rent(max));
        prefix.CopyTo(buffer);
        var written = Encoding.UTF8.GetBytes(path, buffer[prefix.Length..]);
        Span = buffer[..(prefix.Length + written)];
    }

    /// <summary>The prefix and the path, as UTF-8.</summary>
    public ReadOnlySpan<byte> Span { get; }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
    }
}
