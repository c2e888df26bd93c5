using System.Text;
using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class BytePairMergerTests
{
    private static readonly RankTable Ranks = TokenCounters.O200kTokenizer.Ranks;

    public static TheoryData<string> Texts =>
    [
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "Supercalifragilisticexpialidocious",
        " antidisestablishmentarianism",
        "漢字漢字漢字のテキスト",
        "😀👍🏾👨‍👩‍👧",
        "\uFEFFusing\uFEFF\uFEFF",
        "=================----------------",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void MergeByHeap_Text_SplitsLikeTheScan(string text)
    {
        // Given
        var piece = Encoding.UTF8.GetBytes(text);

        // When
        var (scanParts, scanStarts) = Run(piece, BytePairMerger.MergeByScan);
        var (heapParts, heapStarts) = Run(piece, BytePairMerger.MergeByHeap);

        // Then
        Assert.Equal(scanParts, heapParts);
        Assert.Equal(scanStarts, heapStarts);
        Assert.True(scanParts < piece.Length, "some pair should have merged");
    }

    [Fact]
    public void MergeByHeap_SeededRandomBytes_SplitsLikeTheScan()
    {
        // Given: random bytes from a small alphabet, so that many pairs have ranks and ties are common.
        var random = new Random(1234);
        var alphabet = "ab \n\xE3\x81\x82\xF0\x9F"u8.ToArray();

        for (var round = 0; round < 300; round++)
        {
            var piece = Enumerable.Range(0, random.Next(2, BytePairMerger.ScanLimit + 1))
                .Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();

            // When
            var scan = Run(piece, BytePairMerger.MergeByScan);
            var heap = Run(piece, BytePairMerger.MergeByHeap);

            // Then
            Assert.Equal(scan.Parts, heap.Parts);
            Assert.Equal(scan.Starts, heap.Starts);
        }
    }

    [Fact]
    public void Merge_Parts_AreTokensThatCoverThePiece()
    {
        // Given
        var piece = Encoding.UTF8.GetBytes(new string('x', 500) + "yz");

        // When
        var (parts, starts) = Run(piece, BytePairMerger.Merge);

        // Then
        Assert.Equal(0, starts[0]);
        Assert.Equal(piece.Length, starts[parts]);
        for (var i = 0; i < parts; i++)
        {
            Assert.NotEqual(RankTable.NoRank, Ranks.MergeRankOf(piece.AsSpan(starts[i], starts[i + 1] - starts[i])));
        }
    }

    private delegate int MergeFunction(RankTable ranks, ReadOnlySpan<byte> piece, Span<int> starts);

    private static (int Parts, int[] Starts) Run(byte[] piece, MergeFunction merge)
    {
        var starts = new int[piece.Length + 1];
        var parts = merge(Ranks, piece, starts);
        return (parts, starts[..(parts + 1)]);
    }
}
