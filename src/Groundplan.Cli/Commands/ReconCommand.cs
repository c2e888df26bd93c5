using System.CommandLine;
using System.Text;
using Groundplan.Ingest;
using Groundplan.IO;
using Groundplan.Recon;
using Groundplan.Recon.Output;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan recon</c>: the "Current System Snapshot" of a codebase, every fact with its evidence.</summary>
internal static class ReconCommand
{
    public static Command Create(CliContext context)
    {
        var ingest = new IngestCommandOptions();
        var json = new Option<bool>("--json") { Description = "Print JSON for programs (schema: docs/recon.schema.json) instead of Markdown." };
        var withIndex = new Option<bool>("--with-index") { Description = "With --json: include every symbol and import." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("recon", "Describe a codebase's stack, data layer, caches, auth, tests, commands and conventions, with evidence.");
        ingest.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(withIndex);
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            ingest.Read(parse), parse.GetValue(json), parse.GetValue(withIndex), parse.GetValue(output), context, cancellationToken)));
        return command;
    }

    private static int Run(IngestSettings settings, bool json, bool withIndex, string? output, CliContext context, CancellationToken cancellationToken)
    {
        var problems = settings.Validate();
        if (output is { Length: 0 })
        {
            problems = [.. problems, "--output is empty"];
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"groundplan: error: {problem}");
            }

            return ExitCodes.InputError;
        }

        context.Progress($"reading {settings.Repo}");
        var codebase = new CodebaseLoader().Load(context.Resolve(settings.Repo), settings.ToIngestOptions(), cancellationToken);
        context.Progress($"analysing {codebase.Files.Count:N0} files");
        var report = new ReconEngine().Run(codebase, cancellationToken);

        void Write(Stream stream)
        {
            if (json)
            {
                ReconJsonWriter.Write(codebase, report, stream, withIndex);
                stream.WriteByte((byte)'\n');
            }
            else
            {
                stream.Write(Encoding.UTF8.GetBytes(ReconMarkdownRenderer.Render(codebase, report)));
            }
        }

        if (output is null)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            Write(stdout);
        }
        else
        {
            AtomicFile.Write(context.Resolve(output), Write);
            context.Error.WriteLine($"groundplan: wrote {output}");
        }

        return ExitCodes.Ok;
    }
}
