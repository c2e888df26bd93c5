namespace Groundplan.Llm.Providers;

/// <summary>How to reach a model: provider, model name, endpoint, limits.</summary>
/// <remarks>There is deliberately no way to pass the API key here from a command line: <see cref="ApiKeyResolver"/> reads it from the environment or a config file.</remarks>
public sealed record LlmClientOptions
{
    /// <summary>The wire protocol.</summary>
    public required LlmProvider Provider { get; init; }

    /// <summary>The model's name as the provider knows it (e.g. <c>gpt-4.1</c>, <c>claude-sonnet-4-5</c>, <c>llama3.1</c>).</summary>
    public required string Model { get; init; }

    /// <summary>The API's base address; null for the provider's public endpoint. For OpenAI-compatible servers include the <c>/v1</c> path.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The longest one request (all its retries included) may take. The default value is 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a request is retried after a 429, a 5xx, a dropped connection or a cut stream. The default value is 4.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry's delay when the server sends no Retry-After; later ones double it. The default value is 1 second.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest reply, in tokens. The default value is 8192.</summary>
    public int MaxOutputTokens { get; init; } = 8192;

    /// <summary>Send text as it is even when the secret scan finds keys or passwords in it. The default value is false (redact).</summary>
    public bool AllowSecrets { get; init; }

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Model))
        {
            problems.Add("no model given (use --model, e.g. --model gpt-4.1 or --model claude-sonnet-4-5)");
        }

        if (Endpoint is { IsAbsoluteUri: false } || Endpoint is { Scheme: not ("http" or "https") })
        {
            problems.Add($"the endpoint '{Endpoint}' is not an http(s) address");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add("the timeout must be positive");
        }

        if (MaxRetries is < 0 or > 20)
        {
            problems.Add("the retry count must be between 0 and 20");
        }

        if (MaxOutputTokens <= 0)
        {
            problems.Add("the output token limit must be positive");
        }

        return problems;
    }
}
