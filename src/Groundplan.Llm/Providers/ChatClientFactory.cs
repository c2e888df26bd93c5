using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Groundplan.Llm.Providers;

/// <summary>Builds the <see cref="IChatClient"/> for a provider, with the engine's layers around it.</summary>
/// <remarks>
/// Outermost first: failures become one-line <see cref="GroundplanException"/>s and the timeout applies; secrets are
/// redacted; token usage is recorded; then the provider's SDK, whose HTTP goes through <see cref="HttpRetryHandler"/>
/// (the SDKs' own retries are off, so there is one policy and one request count).
/// </remarks>
public static class ChatClientFactory
{
    /// <summary>A ready client for <paramref name="options"/>, reading the key with <paramref name="keys"/>.</summary>
    /// <param name="options">Provider, model, endpoint and limits.</param>
    /// <param name="keys">Where the API key comes from.</param>
    /// <param name="usage">Receives the request count and token usage.</param>
    /// <param name="progress">Receives retry notices; may be null.</param>
    public static IChatClient Create(LlmClientOptions options, ApiKeyResolver keys, LlmUsage usage, IProgress<LlmProgress>? progress = null) =>
        Create(options, keys, usage, progress, time: null);

    internal static IChatClient Create(LlmClientOptions options, ApiKeyResolver keys, LlmUsage usage, IProgress<LlmProgress>? progress, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(usage);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new GroundplanException(string.Join("; ", problems));
        }

        var key = keys.Resolve(options.Provider);
        var handler = new HttpRetryHandler(options, usage, notice => progress?.Report(new LlmProgress("retry", 0, notice)), time)
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) },
        };

        // The timeout is enforced per request by FailureMappingChatClient, which knows what a request is.
        var http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        IChatClient inner = options.Provider switch
        {
            LlmProvider.Anthropic => CreateAnthropic(options, key, http),
            _ => CreateOpenAi(options, key, http),
        };

        IChatClient client = new UsageRecordingChatClient(inner, usage);
        if (!options.AllowSecrets)
        {
            client = new SecretRedactingChatClient(client);
        }

        return new FailureMappingChatClient(client, options);
    }

    private static OpenAiChatClient CreateOpenAi(LlmClientOptions options, string key, HttpClient http)
    {
        var sdkOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        if (options.Endpoint is { } endpoint)
        {
            sdkOptions.Endpoint = endpoint;
        }

        var chat = new ChatClient(options.Model, new ApiKeyCredential(key), sdkOptions);
        return new OpenAiChatClient(chat, options.Model, options.Endpoint);
    }

    private static IChatClient CreateAnthropic(LlmClientOptions options, string key, HttpClient http)
    {
        var client = options.Endpoint is { } endpoint
            ? new AnthropicClient { ApiKey = key, HttpClient = http, MaxRetries = 0, Timeout = System.Threading.Timeout.InfiniteTimeSpan, BaseUrl = endpoint.ToString().TrimEnd('/') }
            : new AnthropicClient { ApiKey = key, HttpClient = http, MaxRetries = 0, Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        return client.AsIChatClient(options.Model, options.MaxOutputTokens);
    }
}
