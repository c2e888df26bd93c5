using System.CommandLine;
using System.Text;
using Groundplan.Config;
using Groundplan.IO;
using Groundplan.Model.Retrieval;
using Groundplan.Render;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan plan</c>: a grounded implementation plan for a feature request, in one of the seeds' formats.</summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var ingest = new IngestCommandOptions();
        var request = new Option<string?>("--request") { Description = "The feature request; '-' reads it from standard input." };
        var requestFile = new Option<string?>("--request-file") { Description = "Read the feature request from this file." };
        var story = new Option<string?>("--story") { Description = "The user story or business goal; '-' reads it from standard input." };
        var storyFile = new Option<string?>("--story-file") { Description = "Read the user story from this file." };
        var format = new Option<string>("--format", "-f") { Description = "checklist, spec, blueprint or json.", DefaultValueFactory = _ => "spec" };
        var output = new Option<string?>("--out", "-o") { Description = "Write the plan here (default: EXPORT/plan_<slug>.md for spec, EXPORT/plan_<slug>.<format>.md or .json otherwise)." };
        var stdout = new Option<bool>("--stdout") { Description = "Print the plan instead of writing a file." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing plan file." };
        var engine = new Option<string>("--engine") { Description = "The planning engine: offline (deterministic, no network) or llm (a model, see --provider).", DefaultValueFactory = _ => "offline" };
        var command = new Command("plan", "Write an implementation plan for a feature request, grounded in the codebase.");
        ingest.AddTo(command);
        var llm = new LlmPlanOptions();
        llm.AddTo(command);
        Option[] options = [request, requestFile, story, storyFile, format, output, stdout, force, engine];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) =>
        {
            // groundplan.json fills what the command line leaves at its default; the command line wins.
            var ingestSettings = ingest.Read(parse);
            var config = string.IsNullOrWhiteSpace(ingestSettings.Repo) ? GroundplanConfig.Empty : GroundplanConfigFile.For(context.Resolve(ingestSettings.Repo));
            string Chosen(Option<string> option, string? configured) =>
                parse.GetResult(option) is { Implicit: false } || configured is null ? parse.GetValue(option)! : configured;
            var llmSettings = llm.Read(parse);
            llmSettings = llmSettings with
            {
                Provider = llmSettings.Provider ?? config.Provider,
                Model = llmSettings.Model ?? config.Model,
                Endpoint = llmSettings.Endpoint ?? config.Endpoint,
            };
            return Task.FromResult(Run(
                new PlanSettings(
                    ingestSettings, parse.GetValue(request), parse.GetValue(requestFile), parse.GetValue(story), parse.GetValue(storyFile),
                    Chosen(format, config.Format), parse.GetValue(output), parse.GetValue(stdout), parse.GetValue(force), Chosen(engine, config.Engine)),
                llmSettings,
                context,
                cancellationToken));
        });
        return command;
    }

    private static int Run(PlanSettings settings, LlmPlanSettings llm, CliContext context, CancellationToken cancellationToken)
    {
        var problems = settings.Validate(out var format);
        if (problems.Count > 0)
        {
            return Fail(context, problems);
        }

        var requestText = PlanTextInput.Read(settings.Request, settings.RequestFile, "request", context);
        var storyText = settings.Story is null && settings.StoryFile is null ? null : PlanTextInput.Read(settings.Story, settings.StoryFile, "story", context);
        if (string.IsNullOrWhiteSpace(requestText))
        {
            return Fail(context, ["the feature request is empty"]);
        }

        if (settings.Engine == "llm")
        {
            return LlmPlanRun.Run(settings, llm, format, new RetrievalRequest(requestText.Trim(), storyText?.Trim()), context, cancellationToken);
        }

        var fixedOut = settings.Out is null ? null : context.Resolve(settings.Out);
        if (fixedOut is not null && !settings.Force && File.Exists(fixedOut))
        {
            return Fail(context, [$"{settings.Out}: the output file exists (use --force to overwrite)"]);
        }

        context.Progress($"reading {settings.Ingest.Repo}");
        var result = new PlanningPipeline().Run(context.Resolve(settings.Ingest.Repo), new RetrievalRequest(requestText.Trim(), storyText?.Trim()), settings.Ingest.ToIngestOptions(), cancellationToken);
        var text = PlanRenderer.Render(result.Plan, format);
        if (!text.EndsWith('\n'))
        {
            text += "\n";
        }

        if (settings.Stdout)
        {
            context.Out.Flush();
            using var stdoutStream = context.OpenStandardOutput();
            stdoutStream.Write(Encoding.UTF8.GetBytes(text));
            return ExitCodes.Ok;
        }

        var relative = settings.Out ?? PlanSettings.DefaultPath(result.Plan.Slug, format);
        var path = context.Resolve(relative);
        if (!settings.Force && File.Exists(path))
        {
            return Fail(context, [$"{relative}: the output file exists (use --force to overwrite)"]);
        }

        if (settings.Out is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        AtomicFile.Write(path, stream => stream.Write(Encoding.UTF8.GetBytes(text)), overwrite: settings.Force);
        context.Error.WriteLine($"groundplan: wrote {relative}");
        return ExitCodes.Ok;
    }

    private static int Fail(CliContext context, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"groundplan: error: {problem}");
        }

        return ExitCodes.InputError;
    }
}
