using Groundplan.Ingest.Packs;

namespace Groundplan.Tests.Ingest.Packs;

public sealed class LineNumbersTests
{
    [Theory]
    [InlineData("1: a", "a")]
    [InlineData("1: ", "")]
    [InlineData(" 1: x\n 2: \n 3: y\r\n 4: \n 5: \n 6: \n 7: \n 8: \n 9: \n10: z", "x\n\ny\r\n\n\n\n\n\n\nz")]
    [InlineData("1: 1: already numbered\n2:  2: padded", "1: already numbered\n 2: padded")]
    public void TryStrip_NumberedContent_GivesTheOriginal(string numbered, string original)
    {
        // Given content numbered the way repomix numbers it
        // When the numbers are stripped
        var ok = LineNumbers.TryStrip(numbered, out var stripped);

        // Then the original comes back
        Assert.True(ok);
        Assert.Equal(original, stripped);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("1: a\n3: b")]
    [InlineData("1: a\n2:b")]
    [InlineData("1: a\n2: b\n3: c\n4: d\n5: e\n6: f\n7: g\n8: h\n9: i\n10: j")]
    public void IsNumbered_ContentWithoutRepomixNumbers_IsFalse(string content)
    {
        // Given content whose prefixes are missing, out of order, or not padded to the widest number
        // When it is checked
        // Then it is not numbered
        Assert.False(LineNumbers.IsNumbered(content));
    }
}
