using System.CommandLine;

namespace Groundplan.Cli.Mcp;

/// <summary><c>groundplan mcp</c>: serve recon, context, plan, lint and pack to coding assistants over the Model Context Protocol (stdio).</summary>
internal static class McpCommand
{
    public static Command Create(CliContext context)
    {
        var roots = new Option<string[]>("--root")
        {
            Description = "A directory the tools may read and write in (repeatable; the current directory when omitted). Anything outside is refused.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("mcp", "Run a Model Context Protocol server on standard input/output for coding assistants.")
        {
            roots,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = parse.GetValue(roots) ?? [];
            var resolved = (given.Length == 0 ? [context.WorkingDirectory] : given).Select(context.Resolve).ToArray();
            var missing = resolved.FirstOrDefault(r => !Directory.Exists(r));
            if (missing is not null)
            {
                await context.Error.WriteLineAsync($"groundplan: error: {missing}: no such directory (--root)");
                return ExitCodes.InputError;
            }

            await McpServerHost.RunAsync(new RootGuard(resolved), context.Verbose, cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
