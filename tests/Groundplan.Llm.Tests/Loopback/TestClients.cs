using Groundplan.Llm.Providers;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Tests.Loopback;

/// <summary>Real provider clients (the OpenAI and Anthropic SDKs) pointed at a loopback server.</summary>
internal static class TestClients
{
    public const string OpenAiKey = "sk-loopback-openai";
    public const string AnthropicKey = "sk-ant-loopback";

    public static ApiKeyResolver Keys { get; } = new(name => name switch
    {
        "OPENAI_API_KEY" => OpenAiKey,
        "ANTHROPIC_API_KEY" => AnthropicKey,
        _ => null,
    });

    public static LlmClientOptions Options(LoopbackModelServer server, LlmProvider provider) => new()
    {
        Provider = provider,
        Model = provider == LlmProvider.Anthropic ? "claude-loopback" : "gpt-loopback",
        Endpoint = provider == LlmProvider.Anthropic ? server.AnthropicEndpoint : server.OpenAiEndpoint,
        Timeout = TimeSpan.FromSeconds(20),
        MaxRetries = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
    };

    public static IChatClient Create(LlmClientOptions options, LlmUsage usage, IProgress<LlmProgress>? progress = null, TimeProvider? time = null) =>
        ChatClientFactory.Create(options, Keys, usage, progress, time ?? new InstantTimeProvider());
}
