using System.Runtime.CompilerServices;
namespace Groundplan.Tokens;

internal static partial class BytePairMerger
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int MergeByHeap(RankTable ranks, ReadOnlySpan<byte> piece, Span<int> partStarts)
    {
        var length = piece.Length;

        // Parts form a linked list named by their start offset; a part ends where its successor starts.
        var next = new int[length];
        var previous = new int[length];
        var pairRanks = new int[length];
        var removed = new bool[length];
        for (var i = 0; i < length; i++)
        {
            next[i] = i + 1;
            previous[i] = i - 1;
        }

        // Priority (rank, start): the lowest rank first and, among equals, the leftmost, as the linear scan does.
        var queue = new PriorityQueue<int, long>(length);
        for (var i = 0; i + 1 < length; i++)
        {
            pairRanks[i] = ranks.MergeRankOf(piece.Slice(i, 2));
            Enqueue(queue, pairRanks[i], i);
        }

        pairRanks[length - 1] = RankTable.NoRank;
        var parts = length;
        while (queue.TryDequeue(out var part, out var priority))
        {
            // Entries go stale when a part is absorbed or its pair changes; the arrays hold the truth.
            if (removed[part] || pairRanks[part] != (int)(priority >> 32))
            {
                continue;
            }

            var absorbed = next[part];
            removed[absorbed] = true;
            next[part] = next[absorbed];
            if (next[part] < length)
            {
                previous[next[part]] = part;
            }

            parts--;
            Rerank(ranks, piece, next, pairRanks, queue, part);
            if (previous[part] >= 0)
            {
                Rerank(ranks, piece, next, pairRanks, queue, previous[part]);
            }
        }

        var count = 0;
        for (var start = 0; start < length; start = next[start])
        {
            partStarts[count++] = start;
        }

        partStarts[count] = length;
        return parts;
    }

    private static void Rerank(RankTable ranks, ReadOnlySpan<byte> piece, int[] next, int[] pairRanks, PriorityQueue<int, long> queue, int part)
    {
        var right = next[part];
        pairRanks[part] = right < piece.Length ? ranks.MergeRankOf(piece[part..next[right]]) : RankTable.NoRank;
        Enqueue(queue, pairRanks[part], part);
    }

    private static void Enqueue(PriorityQueue<int, long> queue, int rank, int part)
    {
        if (rank != RankTable.NoRank)
        {
            queue.Enqueue(part, ((long)rank << 32) | (uint)part);
        }
    }
}
