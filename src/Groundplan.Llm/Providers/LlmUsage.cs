namespace Groundplan.Llm.Providers;

/// <summary>What a session cost: HTTP requests made (retries included) and tokens the provider reported.</summary>
/// <remarks>Thread-safe; one instance is shared by every layer of a client.</remarks>
public sealed class LlmUsage
{
    private int _requests;
    private int _retries;
    private long _inputTokens;
    private long _outputTokens;

    /// <summary>HTTP requests sent, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Of <see cref="Requests"/>, how many were retries.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Prompt tokens the provider reported.</summary>
    public long InputTokens => Interlocked.Read(ref _inputTokens);

    /// <summary>Reply tokens the provider reported.</summary>
    public long OutputTokens => Interlocked.Read(ref _outputTokens);

    /// <summary>One line for the end of a run, e.g. <c>3 requests (1 retry), 12,034 prompt tokens, 1,822 reply tokens</c>.</summary>
    public override string ToString() =>
        $"{Requests} request{(Requests == 1 ? "" : "s")} ({Retries} retr{(Retries == 1 ? "y" : "ies")}), {InputTokens:N0} prompt tokens, {OutputTokens:N0} reply tokens";

    internal void AddRequest(bool isRetry)
    {
        Interlocked.Increment(ref _requests);
        if (isRetry)
        {
            Interlocked.Increment(ref _retries);
        }
    }

    internal void AddTokens(long input, long output)
    {
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
    }
}
