using System.Text;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Providers;

/// <summary>Sends one conversation turn as a stream, reports progress, and makes sure the reply arrived whole.</summary>
/// <remarks>
/// A stream that breaks or ends without a finish reason is sent again from the start (the request is idempotent),
/// up to <see cref="LlmClientOptions.MaxRetries"/> times; partial text is never used.
/// </remarks>
internal sealed class StreamingChat(IChatClient client, ChatOptions chatOptions, int maxRetries, IProgress<LlmProgress>? progress)
{
    public async Task<string> SendAsync(IReadOnlyList<ChatMessage> messages, string stage, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await StreamOnceAsync(messages, stage, cancellationToken);
            }
            catch (ModelUnavailableException e) when (e.CanRetry && attempt < maxRetries)
            {
                progress?.Report(new LlmProgress(stage, 0, $"{e.Message}; asking again ({attempt + 1} of {maxRetries})"));
            }
            catch (ModelUnavailableException e)
            {
                throw new GroundplanException(e.Message, inner: e);
            }
        }
    }

    private async Task<string> StreamOnceAsync(IReadOnlyList<ChatMessage> messages, string stage, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        ChatFinishReason? finish = null;
        var reported = 0;
        await foreach (var update in client.GetStreamingResponseAsync(messages, chatOptions, cancellationToken))
        {
            text.Append(update.Text);
            finish ??= update.FinishReason;

            // Report every ~200 characters: enough to show life without flooding standard error.
            if (text.Length - reported >= 200)
            {
                reported = text.Length;
                progress?.Report(new LlmProgress(stage, text.Length));
            }
        }

        if (finish is null)
        {
            throw new ModelUnavailableException($"the model's reply stream ended before the reply was complete ({text.Length} characters in)", canRetry: true);
        }

        if (finish == ChatFinishReason.Length)
        {
            throw new GroundplanException($"the model's reply hit the output token limit during {stage}; raise the limit or use a model with a longer output");
        }

        progress?.Report(new LlmProgress(stage, text.Length));
        return text.ToString();
    }
}
