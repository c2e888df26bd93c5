using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class TokenCountersTests
{
    [Fact]
    public void O200k_AskedTwice_ReturnsTheSharedInstance()
    {
        // Given
        var first = TokenCounters.O200k;

        // When
        var second = TokenCounters.O200k;

        // Then
        Assert.Same(first, second);
    }

    [Fact]
    public void O200k_CountTokens_CountsHelloWorld()
    {
        // Given
        var counter = TokenCounters.O200k;

        // When
        var count = counter.CountTokens("Hello, world!");

        // Then: "Hello" "," " world" "!"
        Assert.Equal(4, count);
    }

    [Fact]
    public void O200k_EmptyText_CountsZero()
    {
        // Given
        var counter = TokenCounters.O200k;

        // When
        var count = counter.CountTokens(ReadOnlySpan<char>.Empty);

        // Then
        Assert.Equal(0, count);
    }
}
