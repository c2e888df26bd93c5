namespace Groundplan.Tokens;

/// <summary>The token counters Groundplan ships, shared and ready to use from any thread.</summary>
public static class TokenCounters
{
    private static readonly Lazy<O200kTokenizer> LazyO200k = new(
        () => new O200kTokenizer(RankTableLoader.LoadEmbedded()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>OpenAI's o200k_base encoding, counted exactly as repomix 1.14 counts it.</summary>
    /// <remarks>
    /// Matches gpt-tokenizer 4.0.0's <c>countTokens(text, { disallowedSpecial: new Set() })</c>: special-token markers such as
    /// <c>&lt;|endoftext|&gt;</c> count as ordinary text. The vocabulary loads on first use (a few tens of milliseconds).
    /// </remarks>
    public static ITokenCounter O200k => LazyO200k.Value;

    internal static O200kTokenizer O200kTokenizer => LazyO200k.Value;
}
