using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace Groundplan.Cli.Mcp;

/// <summary>Runs the stdio MCP server until the client closes standard input.</summary>
internal static class McpServerHost
{
    public static async Task RunAsync(RootGuard guard, bool verbose, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "groundplan" });
        // Standard output carries the protocol and nothing else: every log line goes to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddSimpleConsole(o => o.ColorBehavior = Microsoft.Extensions.Logging.Console.LoggerColorBehavior.Disabled);
        builder.Logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning);
        builder.Services.AddSingleton(guard);
        builder.Services
            .AddMcpServer(o =>
            {
                o.ServerInfo = new Implementation { Name = "groundplan", Version = GroundplanVersion.Text };
                o.ServerInstructions = "Groundplan grounds implementation plans in a real codebase. Call recon to learn the stack, "
                    + "context to find the files a request touches, plan to write a plan, and lint to check any plan against the code. "
                    + "Paths must lie inside: " + string.Join(", ", guard.Roots);
            })
            .WithStdioServerTransport()
            .WithTools<GroundplanTools>();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
    }
}
