using System.Globalization;
using System.Text.Json;
using Groundplan.Ingest;
using Groundplan.Llm;
using Groundplan.Llm.Bench;
using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Groundplan.Model.Retrieval;
using Groundplan.Packing;
using Groundplan.Recon;
using Groundplan.Retrieve;
using Groundplan.Tokens;

// Usage: LlmBench <dev.json> <snapshots folder> <inkwell folder>
// Prints two Markdown tables: prompt tokens per dev case against the whole-repo pack, and repair convergence.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var cases = JsonDocument.Parse(File.ReadAllText(args[0])).RootElement.GetProperty("cases").EnumerateArray()
    .Select(c => (Id: c.GetProperty("id").GetString()!, Request: c.GetProperty("request").GetString()!)).ToArray();
var tokens = TokenCounters.O200k;

Console.WriteLine("| case | files | whole-repo pack (tokens) | prompt sent (tokens) | of which context pack | ranked files listed | saving |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
long totalPack = 0, totalPrompt = 0;
var ratios = new List<double>();
foreach (var (id, request) in cases)
{
    var folder = Path.Combine(args[1], id);
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"skipping {id}: no snapshot");
        continue;
    }

    var codebase = new CodebaseLoader().Load(folder);
    var recon = new ReconEngine().Run(codebase);
    var retrievalRequest = new RetrievalRequest(request);
    var retrieval = new Retriever().Rank(codebase, recon, retrievalRequest);
    var context = PromptContextBuilder.Build(codebase, recon, retrieval, retrievalRequest);

    using var pack = new MemoryStream();
    new Packer().Pack(codebase, new PackOptions { Redact = true }, pack);
    var packTokens = tokens.CountTokens(System.Text.Encoding.UTF8.GetString(pack.ToArray()));

    // What really went over the wire: the loopback server counts the system prompt and messages it received.
    await using var server = await LoopbackModelServer.StartAsync((_, r) => ScriptedModels.Good(r));
    using var client = TestClients.Create(TestClients.Options(server, LlmProvider.OpenAi), new LlmUsage());
    await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Reviews = false, Questions = false, MaxRepairs = 0 }).PlanAsync(context);
    var sent = tokens.CountTokens(server.Requests[0].AllText);
    var packPart = tokens.CountTokens(context.ContextPack);
    totalPack += packTokens;
    totalPrompt += sent;
    ratios.Add((double)packTokens / sent);
    Console.WriteLine($"| {id} | {codebase.Files.Count} | {packTokens:N0} | {sent:N0} | {packPart:N0} | {context.RankedFiles.Count} | {(double)packTokens / sent:0.0}× |");
}

ratios.Sort();
Console.WriteLine($"| **all {ratios.Count}** | | {totalPack:N0} | {totalPrompt:N0} | | | {(double)totalPack / totalPrompt:0.0}× (median {ratios[ratios.Count / 2]:0.0}×) |");
Console.WriteLine();
await Convergence.RunAsync(args[2]);
