using Groundplan.Tokens;

namespace Groundplan.Tests.Tokens;

public sealed class O200kTokenizerTests
{
    private static readonly O200kTokenizer Tokenizer = TokenCounters.O200kTokenizer;

    public static TheoryData<string> CorpusFiles => [.. TokenFixtures.Files.Select(f => f.Path)];

    public static TheoryData<string> CaseNames => [.. TokenFixtures.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void CountTokens_CorpusFile_EqualsGptTokenizer(string path)
    {
        // Given
        var expected = TokenFixtures.Files.Single(f => f.Path == path).Count;
        var text = TokenFixtures.ReadCorpusFile(path);

        // When
        var count = Tokenizer.CountTokens(text);

        // Then
        Assert.Equal(expected, count);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Encode_TrickyCase_EqualsGptTokenizer(string name)
    {
        // Given
        var expected = TokenFixtures.Cases.Single(c => c.Name == name);

        // When
        var tokens = Tokenizer.Encode(expected.Text);
        var count = Tokenizer.CountTokens(expected.Text);

        // Then
        Assert.Equal(expected.Tokens, tokens);
        Assert.Equal(expected.Count, count);
    }

    [Fact]
    public void Encode_SeededRandomTexts_EqualGptTokenizer()
    {
        // Given
        var texts = TokenFixtures.RandomTexts.ToList();

        // When
        var mismatches = texts
            .Where(t => !t.Tokens.SequenceEqual(Tokenizer.Encode(t.Text)) || t.Count != Tokenizer.CountTokens(t.Text))
            .Select(t => $"{t.Name} {Escape(t.Text)}: expected [{string.Join(",", t.Tokens)}], got [{string.Join(",", Tokenizer.Encode(t.Text))}]")
            .ToList();

        // Then
        Assert.True(texts.Count >= 1000, $"expected.json holds only {texts.Count} random texts");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {texts.Count} differ:\n{string.Join("\n", mismatches.Take(10))}");
    }

    [Fact]
    public void CountTokens_SpecialTokenMarker_CountsItAsText()
    {
        // Given: <|endoftext|> is token 199999 when special tokens are allowed; repomix does not allow them.
        const string text = "<|endoftext|>";

        // When
        var tokens = Tokenizer.Encode(text);

        // Then
        Assert.DoesNotContain(199_999, tokens);
        Assert.Equal(7, Tokenizer.CountTokens(text));
    }

    [Fact]
    public void CountTokens_SameTextTwice_GivesTheSameCountFromTheCache()
    {
        // Given
        var text = TokenFixtures.ReadCorpusFile("corpus/OrderService.cs");
        var first = Tokenizer.CountTokens(text);

        // When
        var second = Tokenizer.CountTokens(text);

        // Then
        Assert.Equal(first, second);
        Assert.Equal(first, Tokenizer.Encode(text).Count);
    }

    [Fact]
    public void CountTokens_ManyThreadsAtOnce_AgreeWithOneThread()
    {
        // Given: a fresh tokenizer, so threads race to fill the same cache slots.
        var tokenizer = new O200kTokenizer(Tokenizer.Ranks);
        var texts = TokenFixtures.RandomTexts.Select(t => (t.Text, t.Count)).ToArray();

        // When
        var wrong = 0;
        Parallel.For(0, 8, _ =>
        {
            foreach (var (text, count) in texts)
            {
                if (tokenizer.CountTokens(text) != count)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        // Then
        Assert.Equal(0, wrong);
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
