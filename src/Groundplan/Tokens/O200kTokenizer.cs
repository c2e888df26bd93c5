using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace Groundplan.Tokens;

/// <summary>Counts o200k_base tokens exactly as gpt-tokenizer 4.0.0 does with no special tokens allowed (repomix's setting).</summary>
/// <remarks>
/// Split the text into pieces (<see cref="O200kPreTokenizer"/>), encode each piece as UTF-8 the way JavaScript's
/// TextEncoder does, then take the piece's own rank or byte-pair merge it (<see cref="BytePairMerger"/>).
/// Special-token markers such as <c>&lt;|endoftext|&gt;</c> are plain text. Thread-safe.
/// </remarks>
internal sealed class O200kTokenizer : ITokenCounter
{
    // Pieces up to this many UTF-16 units are encoded on the stack (3 UTF-8 bytes per unit at most).
    private const int StackChars = 256;

    private readonly RankTable _ranks;
    private readonly PieceCountCache _cache = new();

    public O200kTokenizer(RankTable ranks) => _ranks = ranks;

    public RankTable Ranks => _ranks;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CountTokens(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var start = 0; start < text.Length;)
        {
            var end = O200kPreTokenizer.PieceEnd(text, start);
            count += CountPiece(text[start..end]);
            start = end;
        }

        return count;
    }

    /// <summary>The token ids of <paramref name="text"/>; counting does not need them, tests compare them with gpt-tokenizer's.</summary>
    public IReadOnlyList<int> Encode(ReadOnlySpan<char> text)
    {
        var tokens = new List<int>();
        for (var start = 0; start < text.Length;)
        {
            var end = O200kPreTokenizer.PieceEnd(text, start);
            EncodePiece(text[start..end], tokens);
            start = end;
        }

        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountPiece(ReadOnlySpan<char> piece)
    {
        // Every ASCII character is a token of its own.
        if (piece.Length == 1 && piece[0] < 128)
        {
            return 1;
        }

        // Most pieces are one token. Looking them up directly is as quick as the cache, and leaves the cache to the
        // pieces that need merging; short ASCII pieces (most of code) need not even be converted to UTF-8.
        if (piece.Length <= 8 && TryPackAscii(piece, out var packed))
        {
            return _ranks.RankOfPacked(packed, piece.Length) != RankTable.NoRank ? 1 : CountMerged(piece);
        }

        if (piece.Length <= RankTable.MaxTokenBytes && IsOneToken(piece))
        {
            return 1;
        }

        return CountMerged(piece);
    }

    // A piece that is not one token: merged once, then remembered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CountMerged(ReadOnlySpan<char> piece)
    {
        var hash = ByteHash.Of(piece);
        if (_cache.TryGet(piece, hash, out var cached))
        {
            return cached;
        }

        var count = EncodePiece(piece, tokens: null);
        _cache.Add(piece, hash, count);
        return count;
    }

    // An ASCII piece of up to eight characters is its own UTF-8 key, packed little-endian as the rank table keys it.
    private static bool TryPackAscii(ReadOnlySpan<char> piece, out ulong packed)
    {
        packed = 0;
        for (var i = 0; i < piece.Length; i++)
        {
            var c = piece[i];
            if (c >= 128)
            {
                return false;
            }

            packed |= (ulong)c << (8 * i);
        }

        return true;
    }

    private bool IsOneToken(ReadOnlySpan<char> piece)
    {
        Span<byte> bytes = stackalloc byte[piece.Length * 3];
        var length = ToUtf8(piece, bytes, out var hasLoneSurrogate);
        return !hasLoneSurrogate && length <= RankTable.MaxTokenBytes && _ranks.RankOf(bytes[..length]) != RankTable.NoRank;
    }

    // Returns the piece's token count and, when asked, appends its tokens.
    private int EncodePiece(ReadOnlySpan<char> piece, List<int>? tokens)
    {
        byte[]? rentedBytes = null;
        int[]? rentedStarts = null;
        try
        {
            // Sized to the piece: stackalloc zeroes what it allocates, and most pieces are a few characters.
            var bytes = piece.Length <= StackChars ? stackalloc byte[piece.Length * 3] : (rentedBytes = ArrayPool<byte>.Shared.Rent(piece.Length * 3));
            var utf8 = bytes[..ToUtf8(piece, bytes, out var hasLoneSurrogate)];

            // gpt-tokenizer first looks the piece up as a JS string; one with a lone surrogate matches no entry.
            var whole = hasLoneSurrogate ? RankTable.NoRank : _ranks.RankOf(utf8);
            if (whole != RankTable.NoRank)
            {
                tokens?.Add(whole);
                return 1;
            }

            var starts = utf8.Length < StackChars ? stackalloc int[utf8.Length + 1] : (rentedStarts = ArrayPool<int>.Shared.Rent(utf8.Length + 1));
            var parts = BytePairMerger.Merge(_ranks, utf8, starts);
            for (var i = 0; tokens is not null && i < parts; i++)
            {
                tokens.Add(_ranks.MergeRankOf(utf8[starts[i]..starts[i + 1]]));
            }

            return parts;
        }
        finally
        {
            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }

            if (rentedStarts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedStarts);
            }
        }
    }

    // TextEncoder semantics: each lone surrogate becomes U+FFFD (EF BF BD).
    private static int ToUtf8(ReadOnlySpan<char> piece, Span<byte> destination, out bool hasLoneSurrogate)
    {
        var status = Utf8.FromUtf16(piece, destination, out _, out var written, replaceInvalidSequences: false);
        hasLoneSurrogate = status == OperationStatus.InvalidData;
        if (hasLoneSurrogate)
        {
            Utf8.FromUtf16(piece, destination, out _, out written, replaceInvalidSequences: true);
        }

        return written;
    }
}
