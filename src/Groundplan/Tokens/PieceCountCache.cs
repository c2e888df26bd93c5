namespace Groundplan.Tokens;

/// <summary>Remembers how many tokens recent pieces took; in source code the same pieces come back constantly.</summary>
/// <remarks>
/// A fixed array of slots, each holding an immutable entry or nothing, chosen by the piece's hash: a new piece
/// simply replaces whatever shared its slot. Memory stays bounded (slots times the longest cached piece), reads
/// take no lock, and a race between writers only costs a recount.
/// </remarks>
internal sealed class PieceCountCache
{
    /// <summary>Longer pieces rarely repeat and are not kept.</summary>
    public const int MaxPieceLength = 64;

    private const int SlotCount = 1 << 16;

    private readonly Entry?[] _slots = new Entry?[SlotCount];

    public bool TryGet(ReadOnlySpan<char> piece, uint hash, out int count)
    {
        var entry = Volatile.Read(ref _slots[hash & (SlotCount - 1)]);
        if (entry is not null && entry.Hash == hash && piece.SequenceEqual(entry.Piece))
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Add(ReadOnlySpan<char> piece, uint hash, int count)
    {
        if (piece.Length <= MaxPieceLength)
        {
            Volatile.Write(ref _slots[hash & (SlotCount - 1)], new Entry(piece.ToString(), hash, count));
        }
    }

    private sealed record Entry(string Piece, uint Hash, int Count);
}
