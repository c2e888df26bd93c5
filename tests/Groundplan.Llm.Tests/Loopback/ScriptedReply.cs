namespace Groundplan.Llm.Tests.Loopback;

/// <summary>What the loopback server answers to one request.</summary>
internal abstract record ScriptedReply
{
    /// <summary>A normal reply with this text (streamed when the client asked for a stream).</summary>
    public sealed record Text(string Content) : ScriptedReply;

    /// <summary>An error status, optionally with a Retry-After header value.</summary>
    public sealed record Failure(int Status, string? RetryAfter = null) : ScriptedReply;

    /// <summary>A stream that sends the first part of the text, then drops the connection.</summary>
    public sealed record CutStream(string Content) : ScriptedReply;

    /// <summary>Never answers within the client's patience.</summary>
    public sealed record Hang(TimeSpan For) : ScriptedReply;
}
