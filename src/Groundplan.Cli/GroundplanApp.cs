using System.CommandLine;
using Groundplan.Cli.Commands;

namespace Groundplan.Cli;

/// <summary>Builds the command tree and maps every outcome to an exit code, in one place.</summary>
internal static class GroundplanApp
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Groundplan: grounded implementation plans from a codebase and a feature request.")
        {
            GlobalOptions.Verbose,
            GlobalOptions.Quiet,
        };
        root.Subcommands.Add(PackCommand.Create(context));
        root.Subcommands.Add(ReconCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(Mcp.McpCommand.Create(context));
        root.Subcommands.Add(ContextCommand.Create(context));
        root.Subcommands.Add(BriefCommand.Create(context));
        root.Subcommands.Add(LintCommand.Create(context));
        VerbExamples.AddTo(root);

        var parse = root.Parse(args);
        context.Verbose = parse.GetValue(GlobalOptions.Verbose);
        context.Quiet = parse.GetValue(GlobalOptions.Quiet);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"groundplan: error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run 'groundplan --help' or 'groundplan <verb> --help' for usage.");
            return ExitCodes.InputError;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false,
                Output = context.Out,
                Error = context.Error,
            };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (GroundplanException e)
        {
            await context.Error.WriteLineAsync($"groundplan: error: {e.Message}");
            if (context.Verbose)
            {
                await context.Error.WriteLineAsync(e.ToString());
            }

            return ExitCodes.InputError;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("groundplan: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await context.Error.WriteLineAsync(context.Verbose
                ? $"groundplan: internal error: {e}"
                : $"groundplan: internal error: {e.GetType().Name}: {e.Message} (run with --verbose for details, and please report it)");
            return ExitCodes.InternalError;
        }
    }
}
