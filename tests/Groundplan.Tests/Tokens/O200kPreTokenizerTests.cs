using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class O200kPreTokenizerTests
{
    public static TheoryData<string> CaseNames => [.. TokenFixtures.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void PieceEnd_TrickyCase_SplitsLikeTheJsPattern(string name)
    {
        // Given
        var expected = TokenFixtures.Cases.Single(c => c.Name == name);

        // When
        var pieces = PieceLengths(expected.Text);

        // Then
        Assert.Equal(expected.PieceLengths, pieces);
    }

    [Fact]
    public void PieceEnd_SeededRandomTexts_SplitLikeTheJsPattern()
    {
        // Given
        var texts = TokenFixtures.RandomTexts.ToList();

        // When
        var mismatches = texts.Where(t => !t.PieceLengths.SequenceEqual(PieceLengths(t.Text))).Select(t => t.Name).ToList();

        // Then
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} split differently: {string.Join(", ", mismatches.Take(20))}");
    }

    [Theory]
    [InlineData("ʰA", new[] { "ʰ", "A" })]
    [InlineData("HTTPServer", new[] { "HTTPServer" })]
    [InlineData("  hello", new[] { " ", " hello" })]
    [InlineData("x  \n\n  y", new[] { "x", "  \n\n", " ", " y" })]
    [InlineData("});\n\n", new[] { "});\n\n" })]
    [InlineData("we'll'S", new[] { "we'll", "'S" })]
    [InlineData("1234567", new[] { "123", "456", "7" })]
    [InlineData("a  ", new[] { "a", "  " })]
    public void PieceEnd_Examples_SplitAsDocumented(string text, string[] expected)
    {
        // When
        var pieces = Pieces(text);

        // Then
        Assert.Equal(expected, pieces);
    }

    private static List<int> PieceLengths(string text) => [.. Pieces(text).Select(p => p.Length)];

    private static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var end = O200kPreTokenizer.PieceEnd(text, start);
            Assert.True(end > start, $"no progress at {start}");
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }
}
