using System.Text;
using Groundplan.Llm;
using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;
using Groundplan.Llm.Repair;
using Groundplan.Model.Retrieval;
using Groundplan.Render;

namespace Groundplan.Cli.Commands;

/// <summary><c>groundplan plan --engine llm</c>: the same analysis as the offline engine, then the model drafts, repairs and reviews the plan.</summary>
internal static class LlmPlanRun
{
    public static int Run(PlanSettings settings, LlmPlanSettings llm, PlanFormat format, RetrievalRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var problems = llm.Validate(out var clientOptions);
        if (format == PlanFormat.Json)
        {
            problems = [.. problems, "--engine llm writes checklist, spec or blueprint (JSON: parse the plan it writes)"];
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"groundplan: error: {problem}");
            }

            return ExitCodes.InputError;
        }

        context.Progress($"reading {settings.Ingest.Repo}");
        var offline = new PlanningPipeline().Run(context.Resolve(settings.Ingest.Repo), request, settings.Ingest.ToIngestOptions(), cancellationToken);
        var input = offline.Input;
        var prompt = PromptContextBuilder.Build(input.Codebase, input.Recon, input.Retrieval, input.Request, llm.MaxTokens, llm.AllowSecrets);
        if (llm.SeedWithOffline)
        {
            prompt = prompt with { SkeletonPlan = PlanRenderer.Render(offline.Plan, format) };
        }

        var usage = new LlmUsage();
        var progress = new TextProgressReporter(context.Error);
        using var client = ChatClientFactory.Create(clientOptions!, new ApiKeyResolver(), usage, progress);
        var asker = llm.Interactive && !Console.IsInputRedirected ? new TextQuestionAsker(Console.In, context.Error) : null;
        var planner = LlmPlanner.WithLint(client, input.Codebase, new LlmEngineOptions { Format = format, MaxRepairs = llm.MaxRepairs }, progress, asker);
        var result = planner.PlanAsync(prompt, cancellationToken).GetAwaiter().GetResult();
        context.Error.WriteLine($"groundplan: model usage: {usage}");

        if (settings.Stdout && result.IsClean)
        {
            context.Out.Flush();
            using var stdout = context.OpenStandardOutput();
            stdout.Write(Encoding.UTF8.GetBytes(result.Text));
            return ExitCodes.Ok;
        }

        var relative = settings.Out ?? PlanSettings.DefaultPath(result.IsClean ? result.ToPlan().Slug : offline.Plan.Slug, format);
        var path = context.Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (result.IsClean && !settings.Force && File.Exists(path))
        {
            context.Error.WriteLine($"groundplan: error: {relative}: the output file exists (use --force to overwrite)");
            return ExitCodes.InputError;
        }

        var exit = PlanOutputWriter.Write(result, path);
        context.Error.WriteLine(exit == 0
            ? $"groundplan: wrote {relative}"
            : $"groundplan: the plan still fails the checks; saved {relative}.rejected.md and {relative}.lint.txt");
        return exit == 0 ? ExitCodes.Ok : ExitCodes.Findings;
    }
}
