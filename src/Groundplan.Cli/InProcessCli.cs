using System.Text;

namespace Groundplan.Cli;

/// <summary>
/// Runs a groundplan command line inside this process with its output captured. The MCP server answers every tool
/// call this way, so a tool behaves exactly like the verb it wraps, errors included.
/// </summary>
internal static class InProcessCli
{
    public static async Task<CapturedRun> RunAsync(string[] args, string workingDirectory, CancellationToken cancellationToken = default, Action<string>? onProgress = null)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        using var raw = new MemoryStream();
        var context = new CliContext(stdout, stderr, workingDirectory) { OpenStandardOutput = () => new NonClosingStream(raw), OnProgress = onProgress };
        var code = await GroundplanApp.RunAsync(args, context, cancellationToken);
        return new CapturedRun(code, stdout + Encoding.UTF8.GetString(raw.ToArray()), stderr.ToString());
    }
}
