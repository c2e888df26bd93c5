namespace Groundplan.Tokens;

/// <summary>
/// o200k_base that loads its vocabulary on the first count, not when a loader is built: most verbs never count a
/// token, and loading the vocabulary cost recon 60 ms of its start-up on one thread.
/// </summary>
internal sealed class DeferredO200kCounter : ITokenCounter
{
    public static readonly DeferredO200kCounter Instance = new();

    private DeferredO200kCounter()
    {
    }

    public int CountTokens(ReadOnlySpan<char> text) => TokenCounters.O200k.CountTokens(text);
}
