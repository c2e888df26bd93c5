using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Groundplan.Cli.Mcp;

/// <summary>
/// Sends a verb's progress lines ("reading ...", "analysing ...") to the client as numbered progress notifications,
/// when the call asked for progress. The tool awaits them before answering, so none arrives after the result.
/// </summary>
internal sealed class ToolProgress(RequestContext<CallToolRequestParams>? request)
{
    private readonly List<Task> _sent = [];
    private int _step;

    public void Report(string message)
    {
        if (request?.Params?.ProgressToken is not { } token)
        {
            return;
        }

        var value = new ProgressNotificationValue { Progress = Interlocked.Increment(ref _step), Message = message };
        lock (_sent)
        {
            _sent.Add(request.Server.NotifyProgressAsync(token, value));
        }
    }

    public Task SentAsync()
    {
        lock (_sent)
        {
            return Task.WhenAll(_sent);
        }
    }
}
