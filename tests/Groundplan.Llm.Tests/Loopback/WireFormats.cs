using System.Text.Json;

namespace Groundplan.Llm.Tests.Loopback;

/// <summary>The JSON and server-sent events of the OpenAI chat-completions and Anthropic messages APIs, as a real server writes them.</summary>
internal static class WireFormats
{
    public static string OpenAiCompletion(string model, string text, int input, int output) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-loopback",
        @object = "chat.completion",
        created = 1_700_000_000,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = input, completion_tokens = output, total_tokens = input + output },
    });

    public static IEnumerable<string> OpenAiStream(string model, IReadOnlyList<string> chunks, int input, int output, bool complete)
    {
        string Chunk(object delta, string? finish) => JsonSerializer.Serialize(new
        {
            id = "chatcmpl-loopback",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model,
            choices = new[] { new { index = 0, delta, finish_reason = finish } },
        });

        yield return Data(Chunk(new { role = "assistant", content = "" }, null));
        foreach (var chunk in chunks)
        {
            yield return Data(Chunk(new { content = chunk }, null));
        }

        if (!complete)
        {
            yield break;
        }

        yield return Data(Chunk(new { }, "stop"));
        yield return Data(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-loopback",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model,
            choices = Array.Empty<object>(),
            usage = new { prompt_tokens = input, completion_tokens = output, total_tokens = input + output },
        }));
        yield return "data: [DONE]\n\n";
    }

    public static string OpenAiError(int status) =>
        JsonSerializer.Serialize(new { error = new { message = $"loopback says {status}", type = status == 429 ? "rate_limit_exceeded" : "server_error", code = (string?)null } });

    public static string AnthropicMessage(string model, string text, int input, int output) => JsonSerializer.Serialize(new
    {
        id = "msg_loopback",
        type = "message",
        role = "assistant",
        model,
        content = new[] { new { type = "text", text } },
        stop_reason = "end_turn",
        stop_sequence = (string?)null,
        usage = new { input_tokens = input, output_tokens = output },
    });

    public static IEnumerable<string> AnthropicStream(string model, IReadOnlyList<string> chunks, int input, int output, bool complete)
    {
        yield return Event("message_start", new
        {
            type = "message_start",
            message = new { id = "msg_loopback", type = "message", role = "assistant", model, content = Array.Empty<object>(), stop_reason = (string?)null, stop_sequence = (string?)null, usage = new { input_tokens = input, output_tokens = 1 } },
        });
        yield return Event("content_block_start", new { type = "content_block_start", index = 0, content_block = new { type = "text", text = "" } });
        foreach (var chunk in chunks)
        {
            yield return Event("content_block_delta", new { type = "content_block_delta", index = 0, delta = new { type = "text_delta", text = chunk } });
        }

        if (!complete)
        {
            yield break;
        }

        yield return Event("content_block_stop", new { type = "content_block_stop", index = 0 });
        yield return Event("message_delta", new { type = "message_delta", delta = new { stop_reason = "end_turn", stop_sequence = (string?)null }, usage = new { output_tokens = output } });
        yield return Event("message_stop", new { type = "message_stop" });
    }

    public static string AnthropicError(int status) => JsonSerializer.Serialize(new
    {
        type = "error",
        error = new { type = status == 429 ? "rate_limit_error" : status == 529 ? "overloaded_error" : "api_error", message = $"loopback says {status}" },
    });

    /// <summary>Splits text into stream chunks of a few characters, as models stream tokens.</summary>
    public static IReadOnlyList<string> Chunks(string text, int size = 40)
    {
        var chunks = new List<string>();
        for (var i = 0; i < text.Length; i += size)
        {
            chunks.Add(text.Substring(i, Math.Min(size, text.Length - i)));
        }

        return chunks;
    }

    private static string Data(string json) => $"data: {json}\n\n";

    private static string Event(string name, object payload) => $"event: {name}\ndata: {JsonSerializer.Serialize(payload)}\n\n";
}
