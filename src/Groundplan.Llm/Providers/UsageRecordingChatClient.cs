using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Providers;

/// <summary>Adds the token usage each reply reports to the session's <see cref="LlmUsage"/>.</summary>
internal sealed class UsageRecordingChatClient(IChatClient inner, LlmUsage usage) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        Record(response.Usage);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            foreach (var content in update.Contents.OfType<UsageContent>())
            {
                Record(content.Details);
            }

            yield return update;
        }
    }

    private void Record(UsageDetails? details)
    {
        if (details is not null)
        {
            usage.AddTokens(details.InputTokenCount ?? 0, details.OutputTokenCount ?? 0);
        }
    }
}
