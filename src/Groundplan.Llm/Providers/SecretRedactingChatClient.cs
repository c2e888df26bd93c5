using Groundplan.Security;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm.Providers;

/// <summary>Redacts every secret the scanner finds in the outgoing messages, so nothing secret leaves the machine whichever prompt carries it.</summary>
/// <remarks>The prompt builder redacts codebase content already; this layer is the single point every request passes, so a repair message or review prompt cannot slip one through.</remarks>
internal sealed class SecretRedactingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Redact(messages), options, cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(Redact(messages), options, cancellationToken);

    internal static List<ChatMessage> Redact(IEnumerable<ChatMessage> messages) =>
        [.. messages.Select(m => SecretScanner.Default.Redact(m.Text) is var redacted && !ReferenceEquals(redacted, m.Text) && redacted != m.Text
            ? new ChatMessage(m.Role, redacted)
            : m)];
}
