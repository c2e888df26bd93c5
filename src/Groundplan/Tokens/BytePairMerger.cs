using System.Runtime.CompilerServices;
namespace Groundplan.Tokens;

/// <summary>tiktoken's byte-pair merge: repeatedly join the adjacent pair with the lowest rank, leftmost first.</summary>
/// <remarks>
/// Short pieces (nearly all of them) use tiktoken's quadratic scan over a flat array, which is fastest when small;
/// long ones (minified code, base64, long runs of one character) use a heap so they stay O(n log n).
/// Both give the same result because both pick the minimum (rank, position).
/// </remarks>
internal static partial class BytePairMerger
{
    /// <summary>Pieces up to this many bytes use the linear scan.</summary>
    public const int ScanLimit = 128;

    /// <summary>Merges <paramref name="piece"/> (non-empty) with <paramref name="ranks"/> and returns the number of parts.</summary>
    /// <param name="ranks">The vocabulary.</param>
    /// <param name="piece">One piece from the pre-tokenizer, as UTF-8.</param>
    /// <param name="partStarts">At least <c>piece.Length + 1</c> long; receives each part's start offset, then <c>piece.Length</c>.</param>
    public static int Merge(RankTable ranks, ReadOnlySpan<byte> piece, Span<int> partStarts) =>
        piece.Length <= ScanLimit ? MergeByScan(ranks, piece, partStarts) : MergeByHeap(ranks, piece, partStarts);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int MergeByScan(RankTable ranks, ReadOnlySpan<byte> piece, Span<int> starts)
    {
        var parts = piece.Length;
        for (var i = 0; i <= parts; i++)
        {
            starts[i] = i;
        }

        // pairRanks[i] is the rank of parts i and i + 1 joined; the last part has no right neighbour.
        Span<int> pairRanks = stackalloc int[Math.Max(parts, 1)];
        for (var i = 0; i < parts; i++)
        {
            pairRanks[i] = i + 1 < parts ? ranks.MergeRankOf(piece.Slice(i, 2)) : RankTable.NoRank;
        }

        while (parts > 1)
        {
            var lowest = RankTable.NoRank;
            var at = -1;
            for (var i = 0; i < parts - 1; i++)
            {
                if (pairRanks[i] < lowest)
                {
                    lowest = pairRanks[i];
                    at = i;
                }
            }

            if (at < 0)
            {
                break;
            }

            // Part at + 1 disappears into part at.
            starts[(at + 2)..(parts + 1)].CopyTo(starts[(at + 1)..]);
            pairRanks[(at + 2)..parts].CopyTo(pairRanks[(at + 1)..]);
            parts--;
            pairRanks[at] = PairRank(ranks, piece, starts, at, parts);
            if (at > 0)
            {
                pairRanks[at - 1] = PairRank(ranks, piece, starts, at - 1, parts);
            }
        }

        return parts;
    }

    private static int PairRank(RankTable ranks, ReadOnlySpan<byte> piece, ReadOnlySpan<int> starts, int part, int parts) =>
        part + 1 < parts ? ranks.MergeRankOf(piece[starts[part]..starts[part + 2]]) : RankTable.NoRank;
}
