using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;
using OpenAiChatMessage = OpenAI.Chat.ChatMessage;

namespace Groundplan.Llm.Providers;

/// <summary>An <see cref="IChatClient"/> over the OpenAI library's chat-completions client (text in, text out: all the engine needs).</summary>
internal sealed class OpenAiChatClient : IChatClient
{
    private readonly ChatClient _client;
    private readonly string _model;
    private readonly Uri? _endpoint;

    public OpenAiChatClient(ChatClient client, string model, Uri? endpoint)
    {
        _client = client;
        _model = model;
        _endpoint = endpoint;
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AiChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = await _client.CompleteChatAsync(Convert(messages), OptionsFor(options), cancellationToken);
        var completion = result.Value;
        var text = string.Concat(completion.Content.Select(part => part.Text));
        return new ChatResponse(new AiChatMessage(AiChatRole.Assistant, text))
        {
            ModelId = completion.Model,
            ResponseId = completion.Id,
            FinishReason = FinishReasonOf(completion.FinishReason),
            Usage = UsageOf(completion.Usage),
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<AiChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in _client.CompleteChatStreamingAsync(Convert(messages), OptionsFor(options), cancellationToken))
        {
            var result = new ChatResponseUpdate(AiChatRole.Assistant, string.Concat(update.ContentUpdate.Select(part => part.Text)))
            {
                ModelId = update.Model,
                ResponseId = update.CompletionId,
                FinishReason = update.FinishReason is { } reason ? FinishReasonOf(reason) : null,
            };
            if (update.Usage is { } usage)
            {
                result.Contents.Add(new UsageContent(UsageOf(usage)!));
            }

            yield return result;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("openai", _endpoint, _model)
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private static List<OpenAiChatMessage> Convert(IEnumerable<AiChatMessage> messages) =>
        [.. messages.Select(m => m.Role == AiChatRole.System ? new SystemChatMessage(m.Text)
            : m.Role == AiChatRole.Assistant ? new AssistantChatMessage(m.Text)
            : (OpenAiChatMessage)new UserChatMessage(m.Text))];

    private static ChatCompletionOptions OptionsFor(ChatOptions? options)
    {
        var result = new ChatCompletionOptions();
        if (options?.MaxOutputTokens is { } max)
        {
            result.MaxOutputTokenCount = max;
        }

        if (options?.Temperature is { } temperature)
        {
            result.Temperature = temperature;
        }

        if (options?.Seed is { } seed)
        {
#pragma warning disable OPENAI001 // Seed is marked experimental by the SDK; servers that ignore it are harmless.
            result.Seed = seed;
#pragma warning restore OPENAI001
        }

        return result;
    }

    private static Microsoft.Extensions.AI.ChatFinishReason FinishReasonOf(OpenAI.Chat.ChatFinishReason reason) => reason switch
    {
        OpenAI.Chat.ChatFinishReason.Length => Microsoft.Extensions.AI.ChatFinishReason.Length,
        OpenAI.Chat.ChatFinishReason.ContentFilter => Microsoft.Extensions.AI.ChatFinishReason.ContentFilter,
        OpenAI.Chat.ChatFinishReason.ToolCalls or OpenAI.Chat.ChatFinishReason.FunctionCall => Microsoft.Extensions.AI.ChatFinishReason.ToolCalls,
        _ => Microsoft.Extensions.AI.ChatFinishReason.Stop,
    };

    private static UsageDetails? UsageOf(ChatTokenUsage? usage) => usage is null ? null : new UsageDetails
    {
        InputTokenCount = usage.InputTokenCount,
        OutputTokenCount = usage.OutputTokenCount,
        TotalTokenCount = usage.TotalTokenCount,
    };
}
