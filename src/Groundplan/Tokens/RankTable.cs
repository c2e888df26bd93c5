using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Groundplan.Tokens;

/// <summary>The o200k_base vocabulary: token bytes by rank and a hash index from bytes to rank.</summary>
/// <remarks>Immutable after construction, so lookups are safe from any number of threads.</remarks>
internal sealed class RankTable
{
    /// <summary>Returned when a byte sequence has no rank; larger than every real rank so merges can compare against it.</summary>
    public const int NoRank = int.MaxValue;

    /// <summary>The longest o200k_base token, in bytes; the rank file format holds no longer ones.</summary>
    public const int MaxTokenBytes = 128;

    private readonly byte[] _bytes;
    private readonly int[] _offsets;

    // Open addressing with linear probing, kept under half full. A slot holds a key's first eight bytes, so
    // most lookups (merge pairs are short) touch one slot and never the token bytes.
    private readonly RankSlot[] _slots;
    private readonly int _mask;

    // Every merge starts by ranking all adjacent byte pairs: a direct table answers those without hashing.
    private readonly int[] _pairRanks = new int[1 << 16];

    /// <param name="bytes">Holds token <c>r</c> at <c>bytes[offsets[r]..offsets[r + 1]]</c>.</param>
    /// <param name="offsets">One more offset than there are tokens.</param>
    /// <param name="indexed">Whether a token can be found by its bytes (gpt-tokenizer cannot find some of them).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RankTable(byte[] bytes, int[] offsets, IReadOnlyList<bool> indexed)
    {
        _bytes = bytes;
        _offsets = offsets;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Count * 2);
        _slots = new RankSlot[capacity];
        _mask = capacity - 1;
        for (var rank = 0; rank < Count; rank++)
        {
            if (indexed[rank])
            {
                Insert(rank);
            }
        }

        Span<byte> pair = stackalloc byte[2];
        for (var i = 0; i < _pairRanks.Length; i++)
        {
            pair[0] = (byte)(i >> 8);
            pair[1] = (byte)i;
            _pairRanks[i] = RankOf(pair);
        }
    }

    public int Count => _offsets.Length - 1;

    public ReadOnlySpan<byte> BytesOf(int rank) => _bytes.AsSpan(_offsets[rank], _offsets[rank + 1] - _offsets[rank]);

    /// <summary>The rank of exactly these bytes, or <see cref="NoRank"/>.</summary>
    public int RankOf(ReadOnlySpan<byte> key)
    {
        var prefix = Prefix(key);
        var slot = Hash(key, prefix) & _mask;
        while (true)
        {
            ref readonly var candidate = ref _slots[slot];
            if (candidate.RankPlusOne == 0)
            {
                return NoRank;
            }

            if (candidate.Prefix == prefix && candidate.Length == key.Length
                && (key.Length <= 8 || BytesOf(candidate.RankPlusOne - 1)[8..].SequenceEqual(key[8..])))
            {
                return candidate.RankPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The rank gpt-tokenizer finds for a byte sequence while merging, or <see cref="NoRank"/>.</summary>
    /// <remarks>
    /// gpt-tokenizer turns valid UTF-8 into a string with a default TextDecoder before looking it up, and that
    /// decoder drops a leading byte-order mark: so EF BB BF followed by X ranks as X, and EF BB BF alone has no rank.
    /// </remarks>
    /// <summary>The rank of a key of at most eight bytes given packed little-endian in <paramref name="packed"/>.</summary>
    /// <remarks>The hot path of counting: most pieces of code are short ASCII words, which need no byte buffer at all.</remarks>
    public int RankOfPacked(ulong packed, int length)
    {
        var slot = (int)ByteHash.Mix(packed, length) & _mask;
        while (true)
        {
            ref readonly var candidate = ref _slots[slot];
            if (candidate.RankPlusOne == 0)
            {
                return NoRank;
            }

            if (candidate.Prefix == packed && candidate.Length == length)
            {
                return candidate.RankPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public int MergeRankOf(ReadOnlySpan<byte> key)
    {
        if (key.Length == 2)
        {
            return _pairRanks[(key[0] << 8) | key[1]];
        }

        if (key.Length >= 3 && key[0] == 0xEF && key[1] == 0xBB && key[2] == 0xBF && Utf8.IsValid(key))
        {
            return key.Length == 3 ? NoRank : RankOf(key[3..]);
        }

        return RankOf(key);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Insert(int rank)
    {
        var key = BytesOf(rank);
        var prefix = Prefix(key);
        var slot = Hash(key, prefix) & _mask;
        while (_slots[slot].RankPlusOne != 0)
        {
            // gpt-tokenizer keeps the last rank given to a key (Map.set); the shipped table has no such duplicates.
            if (_slots[slot].Prefix == prefix && BytesOf(_slots[slot].RankPlusOne - 1).SequenceEqual(key))
            {
                break;
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = new RankSlot(prefix, key.Length, rank + 1);
    }

    private static ulong Prefix(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(key);
        }

        ulong prefix = 0;
        for (var i = 0; i < key.Length; i++)
        {
            prefix |= (ulong)key[i] << (8 * i);
        }

        return prefix;
    }

    private static int Hash(ReadOnlySpan<byte> key, ulong prefix) =>
        (int)(key.Length <= 8 ? ByteHash.Mix(prefix, key.Length) : ByteHash.Of(key));
}
