using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class PieceCountCacheTests
{
    [Fact]
    public void TryGet_AfterAdd_ReturnsTheCount()
    {
        // Given
        var cache = new PieceCountCache();
        cache.Add("piece", ByteHash.Of("piece"), 3);

        // When
        var found = cache.TryGet("piece", ByteHash.Of("piece"), out var count);

        // Then
        Assert.True(found);
        Assert.Equal(3, count);
    }

    [Fact]
    public void TryGet_OtherPieceWithTheSameHash_Misses()
    {
        // Given: a forced collision; the cache must compare the text, not trust the hash.
        var cache = new PieceCountCache();
        cache.Add("first", 42, 2);

        // When
        var found = cache.TryGet("other", 42, out _);

        // Then
        Assert.False(found);
    }

    [Fact]
    public void Add_PieceLongerThanTheLimit_IsNotKept()
    {
        // Given
        var cache = new PieceCountCache();
        var piece = new string('a', PieceCountCache.MaxPieceLength + 1);

        // When
        cache.Add(piece, ByteHash.Of(piece), 9);

        // Then
        Assert.False(cache.TryGet(piece, ByteHash.Of(piece), out _));
    }
}
