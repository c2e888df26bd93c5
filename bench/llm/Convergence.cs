using Groundplan.Ingest;
using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Groundplan.Model.Retrieval;
using Groundplan.Recon;
using Groundplan.Render;
using Groundplan.Retrieve;
using Groundplan.Tokens;

namespace Groundplan.Llm.Bench;

/// <summary>The repair loop against the scripted faulty models: errors per round, turns, tokens, outcome.</summary>
internal static class Convergence
{
    private const string Request = "Let readers bookmark posts and list their bookmarks on the dashboard";

    public static async Task RunAsync(string inkwell)
    {
        var codebase = new CodebaseLoader().Load(inkwell);
        var recon = new ReconEngine().Run(codebase);
        var request = new RetrievalRequest(Request);
        var context = PromptContextBuilder.Build(codebase, recon, new Retriever().Rank(codebase, recon, request), request);
        var models = new (string Name, Func<RecordedRequest, ScriptedReply> Script)[]
        {
            ("good", ScriptedModels.Good),
            ("invents a path and a command, fixes when told", ScriptedModels.FixesWhenTold),
            ("invents three paths, fixes one per round", OnePerRound),
            ("never fixes", ScriptedModels.NeverFixes),
        };

        Console.WriteLine("| format | system prompt (tokens) |");
        Console.WriteLine("| --- | ---: |");
        foreach (var format in new[] { PlanFormat.Checklist, PlanFormat.Spec, PlanFormat.Blueprint })
        {
            Console.WriteLine($"| {format} | {TokenCounters.O200k.CountTokens(PromptAssembler.Draft(context, format)[0].Text):N0} |");
        }

        Console.WriteLine();
        Console.WriteLine("| scripted model | provider | errors per round | repair rounds | requests | prompt tokens (server-reported) | outcome |");
        Console.WriteLine("| --- | --- | --- | ---: | ---: | ---: | --- |");
        foreach (var (name, script) in models)
        {
            foreach (var provider in new[] { LlmProvider.OpenAi, LlmProvider.Anthropic })
            {
                await using var server = await LoopbackModelServer.StartAsync((_, r) => script(r));
                var usage = new LlmUsage();
                using var client = TestClients.Create(TestClients.Options(server, provider), usage);
                var result = await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Reviews = false, Questions = false, MaxRepairs = 3 }).PlanAsync(context);
                var outcome = result.IsClean ? "written" : "rejected: saved beside a lint report, exit 1";
                Console.WriteLine($"| {name} | {provider} | {string.Join(" → ", result.ErrorsPerRound)} | {result.RepairRounds} | {usage.Requests} | {usage.InputTokens:N0} | {outcome} |");
            }
        }
    }

    // Each repair message lists the remaining invented paths; the model fixes the first one it is told about.
    private static ScriptedReply OnePerRound(RecordedRequest request)
    {
        var repairs = request.Messages.Count(m => m.Role == "user" && m.Text.Contains("fails the project's checks", StringComparison.Ordinal));
        var invented = new[] { "src/lib/alpha.ts", "src/lib/beta.ts", "src/lib/gamma.ts" }.Skip(repairs)
            .Select(p => $"    -   [ ] Import the helper from `{p}`.\n");
        return new ScriptedReply.Text(ScriptedModels.GoodChecklist(string.Concat(invented)));
    }
}
