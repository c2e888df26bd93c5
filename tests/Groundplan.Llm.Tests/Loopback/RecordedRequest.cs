using System.Text.Json;

namespace Groundplan.Llm.Tests.Loopback;

/// <summary>A request the loopback server received: what the engine really sent over the wire.</summary>
internal sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Stream => Json.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    /// <summary>The system prompt: OpenAI sends it as a message, Anthropic as a top-level field (a string or text blocks).</summary>
    public string System
    {
        get
        {
            if (Json.TryGetProperty("system", out var system))
            {
                return system.ValueKind == JsonValueKind.String ? system.GetString()! : string.Concat(system.EnumerateArray().Select(b => b.GetProperty("text").GetString()));
            }

            return string.Concat(Messages.Where(m => m.Role == "system").Select(m => m.Text));
        }
    }

    public IReadOnlyList<(string Role, string Text)> Messages =>
        [.. Json.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("role").GetString()!, TextOf(m.GetProperty("content"))))];

    /// <summary>Everything the model would read, system prompt included.</summary>
    public string AllText => System + "\n" + string.Join("\n", Messages.Where(m => m.Role != "system").Select(m => m.Text));

    public string LastUserText => Messages.Last(m => m.Role == "user").Text;

    private static string TextOf(JsonElement content) => content.ValueKind == JsonValueKind.String
        ? content.GetString()!
        : string.Concat(content.EnumerateArray().Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetString()));
}
