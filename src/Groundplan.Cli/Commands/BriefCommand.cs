using System.CommandLine;
using System.Text;
using Groundplan.Ingest;
using Groundplan.IO;
using Groundplan.Llm.Brief;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan brief PLAN.md</c>: the implementer's brief for a coding model, with the files the plan names attached.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var ingest = new IngestCommandOptions();
        var plan = new Argument<string>("plan") { Description = "The plan file (checklist, spec or blueprint Markdown)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the brief to this file instead of standard output." };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Budget for the attached files, in o200k tokens.", DefaultValueFactory = _ => new BriefOptions().MaxContextTokens };
        var allowSecrets = new Option<bool>("--allow-secrets") { Description = "Attach files without redacting the secrets the scan finds." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing output file." };
        var command = new Command("brief", "Write the implementer's brief for a plan: reflection first, then implementation, with the context the plan names.");
        ingest.AddTo(command);
        command.Arguments.Add(plan);
        foreach (var option in new Option[] { output, maxTokens, allowSecrets, force })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            ingest.Read(parse), parse.GetValue(plan)!, parse.GetValue(output), parse.GetValue(maxTokens), parse.GetValue(allowSecrets), parse.GetValue(force), context, cancellationToken)));
        return command;
    }

    private static int Run(IngestSettings settings, string planPath, string? output, int maxTokens, bool allowSecrets, bool force, CliContext context, CancellationToken cancellationToken)
    {
        var problems = settings.Validate().ToList();
        if (maxTokens <= 0)
        {
            problems.Add("--max-tokens must be positive");
        }

        var planFile = context.Resolve(planPath);
        if (!File.Exists(planFile))
        {
            problems.Add($"{planPath}: the plan file does not exist");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"groundplan: error: {problem}");
            }

            return ExitCodes.InputError;
        }

        var codebase = new CodebaseLoader().Load(context.Resolve(settings.Repo), settings.ToIngestOptions(), cancellationToken);
        var brief = ImplementerBrief.Compose(File.ReadAllText(planFile), codebase, new BriefOptions { MaxContextTokens = maxTokens, AllowSecrets = allowSecrets });
        var bytes = Encoding.UTF8.GetBytes(brief);
        if (output is null)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            stdout.Write(bytes);
            return ExitCodes.Ok;
        }

        AtomicFile.Write(context.Resolve(output), stream => stream.Write(bytes), overwrite: force);
        context.Error.WriteLine($"groundplan: wrote {output}");
        return ExitCodes.Ok;
    }
}
