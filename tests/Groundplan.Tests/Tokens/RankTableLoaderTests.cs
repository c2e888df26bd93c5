using System.Text;
using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class RankTableLoaderTests
{
    private static readonly RankTable Ranks = TokenCounters.O200kTokenizer.Ranks;

    [Fact]
    public void LoadEmbedded_BuiltTable_HoldsEveryO200kRank()
    {
        // Then: o200k_base has 199,998 mergeable ranks (ids 0..199997; special tokens come after).
        Assert.Equal(199_998, Ranks.Count);
        Assert.Equal("!"u8.ToArray(), Ranks.BytesOf(0).ToArray());
        Assert.Equal(0, Ranks.RankOf("!"u8));
        Assert.Equal(24912, Ranks.RankOf("hello"u8));
    }

    [Fact]
    public void RankOf_EveryIndexedToken_FindsItsOwnRank()
    {
        // When
        var wrong = Enumerable.Range(0, Ranks.Count)
            .Where(rank => Ranks.RankOf(Ranks.BytesOf(rank)) is var found && found != rank && found != RankTable.NoRank)
            .ToList();

        // Then
        Assert.Empty(wrong);
    }

    [Fact]
    public void RankOfPacked_EveryKeyOfUpToEightBytes_AgreesWithRankOf()
    {
        // Given every token of at most eight bytes, packed little-endian as the counter's fast path packs ASCII
        var disagreements = Enumerable.Range(0, Ranks.Count)
            .Select(rank => Ranks.BytesOf(rank).ToArray())
            .Where(bytes => bytes.Length <= 8)
            .Where(bytes => Ranks.RankOfPacked(Pack(bytes), bytes.Length) != Ranks.RankOf(bytes))
            .Count();

        // Then the fast path finds exactly what the general lookup finds (including the unfindable entries)
        Assert.Equal(0, disagreements);
        Assert.Equal(RankTable.NoRank, Ranks.RankOfPacked(Pack("zzqqxxjj"u8.ToArray()), 8));
    }

    private static ulong Pack(byte[] bytes)
    {
        ulong packed = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            packed |= (ulong)bytes[i] << (8 * i);
        }

        return packed;
    }

    [Fact]
    public void RankOf_ByteArrayEntryThatIsValidUtf8_IsNotFound()
    {
        // Given: gpt-tokenizer stores "\uFEFFusing" (rank 9251) as bytes and only ever looks valid UTF-8 up among its strings.
        var bomUsing = Encoding.UTF8.GetBytes("\uFEFFusing");

        // When
        var rank = Ranks.RankOf(bomUsing);

        // Then
        Assert.Equal(bomUsing, Ranks.BytesOf(9251).ToArray());
        Assert.Equal(RankTable.NoRank, rank);
    }

    [Fact]
    public void MergeRankOf_LeadingByteOrderMark_RanksWhatFollowsIt()
    {
        // Given
        var bomThenHello = Encoding.UTF8.GetBytes("\uFEFFhello");

        // When
        var rank = Ranks.MergeRankOf(bomThenHello);

        // Then: TextDecoder dropped the mark, so gpt-tokenizer finds "hello".
        Assert.Equal(Ranks.RankOf("hello"u8), rank);
        Assert.Equal(RankTable.NoRank, Ranks.MergeRankOf("\xEF\xBB\xBF"u8));
    }

    [Theory]
    [InlineData("NOTRANKS", "does not start with the GPRANKS header")]
    [InlineData("GPRANKS\0\u0002\0\0\0\u0001\0\0\0", "format version 2 is not 1")]
    [InlineData("GPRANKS\0\u0001\0\0\0\u0002\0\0\0\u0000a\u0000", "claims 2 entries in 19 bytes")]
    [InlineData("GPRANKS\0\u0001\0\0\0\u0002\0\0\0\u0002abc", "entry 0 runs past the end")]
    [InlineData("GPRANKS\0\u0001\0\0\0\u0001\0\0\0\u0005ab", "runs past the end")]
    [InlineData("GPRANKS\0\u0001\0\0\0\u0001\0\0\0\u0000ab", "1 bytes follow the last entry")]
    public void Parse_DamagedFile_ThrowsNamingTheProblem(string content, string expected)
    {
        // Given
        var data = Encoding.Latin1.GetBytes(content);

        // When
        var error = Assert.Throws<InvalidDataException>(() => RankTableLoader.Parse(data));

        // Then
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SmallValidFile_IndexesStringsAndInvalidByteArraysOnly()
    {
        // Given: "a" as a string, 0xFF as bytes (invalid UTF-8, findable), "b" as bytes (valid UTF-8, never found).
        var data = Encoding.Latin1.GetBytes("GPRANKS\0\u0001\0\0\0\u0003\0\0\0\u0000a\u0080\u00FF\u0080b");

        // When
        var table = RankTableLoader.Parse(data);

        // Then
        Assert.Equal(3, table.Count);
        Assert.Equal(0, table.RankOf("a"u8));
        Assert.Equal(1, table.RankOf([0xFF]));
        Assert.Equal(RankTable.NoRank, table.RankOf("b"u8));
    }
}
