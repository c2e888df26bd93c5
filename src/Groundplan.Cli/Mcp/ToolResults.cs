using ModelContextProtocol.Protocol;

namespace Groundplan.Cli.Mcp;

/// <summary>Turns a captured CLI run into what an MCP client reads: its output, or a tool error with the CLI's one-line message.</summary>
internal static class ToolResults
{
    public static CallToolResult Text(string text) => new() { Content = [new TextContentBlock { Text = text }] };

    public static CallToolResult Error(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };

    /// <summary>Exit 0 (and, where the verb uses it for findings, 1) is a result; anything else is a tool error.</summary>
    public static CallToolResult From(CapturedRun run, bool findingsExitIsResult = false)
    {
        if (run.ExitCode == ExitCodes.Ok || (findingsExitIsResult && run.ExitCode == ExitCodes.Findings))
        {
            return Text(run.Out);
        }

        var message = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(l => l.StartsWith("groundplan: error:", StringComparison.Ordinal) || l.StartsWith("groundplan: internal error:", StringComparison.Ordinal))
            ?? run.Error.Trim();
        return Error(message.Length > 0 ? message : $"groundplan exited with {run.ExitCode}");
    }
}
