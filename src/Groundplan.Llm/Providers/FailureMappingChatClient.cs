using System.ClientModel;
using System.Net;
using System.Runtime.CompilerServices;
using Anthropic.Exceptions;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Providers;

/// <summary>Applies the per-request timeout and turns the SDKs' exceptions into one-line <see cref="GroundplanException"/>s people can act on.</summary>
internal sealed class FailureMappingChatClient(IChatClient inner, LlmClientOptions options) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? chatOptions = null, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            return await base.GetResponseAsync(messages, chatOptions, timeout.Token);
        }
        catch (Exception e) when (Map(e, cancellationToken) is { } mapped)
        {
            throw mapped;
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? chatOptions = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var updates = base.GetStreamingResponseAsync(messages, chatOptions, timeout.Token).GetAsyncEnumerator(timeout.Token);
        try
        {
            while (true)
            {
                ChatResponseUpdate current;
                try
                {
                    if (!await updates.MoveNextAsync())
                    {
                        yield break;
                    }

                    current = updates.Current;
                }
                catch (Exception e) when (Map(e, cancellationToken) is { } mapped)
                {
                    throw mapped;
                }

                yield return current;
            }
        }
        finally
        {
            await updates.DisposeAsync();
        }
    }

    private Exception? Map(Exception e, CancellationToken caller)
    {
        var where = options.Endpoint?.ToString() ?? (options.Provider == LlmProvider.Anthropic ? "api.anthropic.com" : "api.openai.com");
        if (e is OperationCanceledException && !caller.IsCancellationRequested)
        {
            return new ModelUnavailableException($"the model did not answer within {options.Timeout.TotalSeconds:0.#} s ({where})", e);
        }

        var status = e switch
        {
            ClientResultException c when c.Status > 0 => (HttpStatusCode?)c.Status,
            AnthropicApiException a => a.StatusCode,
            HttpRequestException h => h.StatusCode,
            _ => null,
        };
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new GroundplanException($"the model's server refused the API key (HTTP {(int)status}); check {ApiKeyResolver.VariableFor(options.Provider)}"),
            HttpStatusCode.NotFound => new GroundplanException($"the model '{options.Model}' or the endpoint was not found at {where} (HTTP 404)"),
            HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
                new ModelUnavailableException($"the model's server kept failing (HTTP {(int)status}) after {options.MaxRetries} retries ({where})", e),
            { } other => new GroundplanException($"the model's server rejected the request (HTTP {(int)other}): {FirstLine(e.Message)}"),
            null when e is HttpRequestException or IOException or AnthropicIOException or AnthropicSseException or ClientResultException =>
                new ModelUnavailableException($"the connection to the model broke ({where}): {FirstLine(e.Message)}", e, canRetry: !HttpRetryHandler.WasRetried(e)),
            _ => null,
        };
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
