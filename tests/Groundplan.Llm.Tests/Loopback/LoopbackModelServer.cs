using System.Collections.Concurrent;
using Groundplan.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Groundplan.Llm.Tests.Loopback;

/// <summary>A Kestrel server on 127.0.0.1 that speaks the OpenAI chat-completions and Anthropic messages wire formats, answering from a script.</summary>
/// <remarks>
/// OpenAI clients use <see cref="OpenAiEndpoint"/> (<c>/v1/chat/completions</c>); Anthropic clients use <see cref="AnthropicEndpoint"/>
/// (<c>/v1/messages</c>). Every request is recorded so tests assert on what the engine really sent.
/// </remarks>
internal sealed class LoopbackModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<int, RecordedRequest, ScriptedReply> _script;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;
    private int _arrivals;

    private LoopbackModelServer(Func<int, RecordedRequest, ScriptedReply> script)
    {
        _script = script;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", context => Answer(context, anthropic: false));
        _app.MapPost("/v1/messages", context => Answer(context, anthropic: true));
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri OpenAiEndpoint => new(BaseAddress, "v1");

    public Uri AnthropicEndpoint => BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Requests whose handling began, counted before their body is read (a client may give up first).</summary>
    public int Arrivals => Volatile.Read(ref _arrivals);

    /// <summary>A server that answers request number <c>i</c> (from 0) with <c>script(i, request)</c>.</summary>
    public static async Task<LoopbackModelServer> StartAsync(Func<int, RecordedRequest, ScriptedReply> script)
    {
        var server = new LoopbackModelServer(script);
        await server._app.StartAsync();
        server.BaseAddress = new Uri(server._app.Urls.First() + "/");
        return server;
    }

    /// <summary>A server that answers every request with the same text.</summary>
    public static Task<LoopbackModelServer> StartAsync(string reply) => StartAsync((_, _) => new ScriptedReply.Text(reply));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Answer(HttpContext context, bool anthropic)
    {
        Interlocked.Increment(ref _arrivals);
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
        var request = new RecordedRequest(context.Request.Path, headers, body);
        _requests.Enqueue(request);
        var index = Interlocked.Increment(ref _count) - 1;
        var model = request.Json.GetProperty("model").GetString()!;
        var input = TokenCounters.O200k.CountTokens(request.AllText);
        switch (_script(index, request))
        {
            case ScriptedReply.Failure failure:
                context.Response.StatusCode = failure.Status;
                if (failure.RetryAfter is { } after)
                {
                    context.Response.Headers.RetryAfter = after;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(anthropic ? WireFormats.AnthropicError(failure.Status) : WireFormats.OpenAiError(failure.Status));
                return;
            case ScriptedReply.Hang hang:
                await Task.Delay(hang.For, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case ScriptedReply.CutStream cut:
                await Stream(context, anthropic, model, cut.Content, input, complete: false);

                // Let the client read the headers and the first events, so the break comes mid-stream, as it does in real life.
                // A second, not less: on a loaded CI machine (the tool-package test compiles ReadyToRun alongside) a client not
                // yet scheduled lost the headers to the reset, and the HTTP layer's retry made one request more than the test counts.
                await Task.Delay(TimeSpan.FromSeconds(1));
                context.Abort();
                return;
            case ScriptedReply.Text text when request.Stream:
                await Stream(context, anthropic, model, text.Content, input, complete: true);
                return;
            case ScriptedReply.Text text:
                var output = TokenCounters.O200k.CountTokens(text.Content);
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(anthropic
                    ? WireFormats.AnthropicMessage(model, text.Content, input, output)
                    : WireFormats.OpenAiCompletion(model, text.Content, input, output));
                return;
        }
    }

    private static async Task Stream(HttpContext context, bool anthropic, string model, string text, int input, bool complete)
    {
        context.Response.ContentType = "text/event-stream";
        var chunks = WireFormats.Chunks(text);
        var output = TokenCounters.O200k.CountTokens(text);
        var events = anthropic
            ? WireFormats.AnthropicStream(model, chunks, input, output, complete)
            : WireFormats.OpenAiStream(model, chunks, input, output, complete);
        foreach (var item in events)
        {
            await context.Response.WriteAsync(item);
            await context.Response.Body.FlushAsync();
        }
    }
}
