using System.Numerics;
using System.Text.Unicode;

namespace Groundplan.Tokens;

/// <summary>The o200k_base vocabulary: token bytes by rank and a hash index from bytes to rank.</summary>
/// <remarks>Immutable after construction, so lookups are safe from any number of threads.</remarks>
internal sealed class RankTable
{
    /// <summary>Returned when a byte sequence has no rank; larger than every real rank so merges can compare against it.</summary>
    public const int NoRank = int.MaxValue;

    private readonly byte[] _bytes;
    private readonly int[] _offsets;

    // Open addressing with linear probing; a slot holds rank + 1 (0 = empty) and the key's hash.
    private readonly int[] _slotRanks;
    private readonly uint[] _slotHashes;
    private readonly int _mask;

    /// <param name="bytes">Holds token <c>r</c> at <c>bytes[offsets[r]..offsets[r + 1]]</c>.</param>
    /// <param name="offsets">One more offset than there are tokens.</param>
    /// <param name="indexed">Whether a token can be found by its bytes (gpt-tokenizer cannot find some of them).</param>
    public RankTable(byte[] bytes, int[] offsets, IReadOnlyList<bool> indexed)
    {
        _bytes = bytes;
        _offsets = offsets;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Count * 2);
        _slotRanks = new int[capacity];
        _slotHashes = new uint[capacity];
        _mask = capacity - 1;
        for (var rank = 0; rank < Count; rank++)
        {
            if (indexed[rank])
            {
                Insert(rank);
            }
        }
    }

    public int Count => _offsets.Length - 1;

    public ReadOnlySpan<byte> BytesOf(int rank) => _bytes.AsSpan(_offsets[rank], _offsets[rank + 1] - _offsets[rank]);

    /// <summary>The rank of exactly these bytes, or <see cref="NoRank"/>.</summary>
    public int RankOf(ReadOnlySpan<byte> key)
    {
        var hash = ByteHash.Of(key);
        for (var slot = (int)hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var stored = _slotRanks[slot];
            if (stored == 0)
            {
                return NoRank;
            }

            if (_slotHashes[slot] == hash && BytesOf(stored - 1).SequenceEqual(key))
            {
                return stored - 1;
            }
        }
    }

    /// <summary>The rank gpt-tokenizer finds for a byte sequence while merging, or <see cref="NoRank"/>.</summary>
    /// <remarks>
    /// gpt-tokenizer turns valid UTF-8 into a string with a default TextDecoder before looking it up, and that
    /// decoder drops a leading byte-order mark: so EF BB BF followed by X ranks as X, and EF BB BF alone has no rank.
    /// </remarks>
    public int MergeRankOf(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 3 && key[0] == 0xEF && key[1] == 0xBB && key[2] == 0xBF && Utf8.IsValid(key))
        {
            return key.Length == 3 ? NoRank : RankOf(key[3..]);
        }

        return RankOf(key);
    }

    private void Insert(int rank)
    {
        var key = BytesOf(rank);
        var hash = ByteHash.Of(key);
        var slot = (int)hash & _mask;
        while (_slotRanks[slot] != 0)
        {
            // gpt-tokenizer keeps the last rank given to a key (Map.set); the shipped table has no such duplicates.
            if (_slotHashes[slot] == hash && BytesOf(_slotRanks[slot] - 1).SequenceEqual(key))
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        _slotRanks[slot] = rank + 1;
        _slotHashes[slot] = hash;
    }
}
