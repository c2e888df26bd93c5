using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Groundplan.Render;

namespace Groundplan.Llm.Tests;

public sealed class LlmEngineOptionsTests
{
    [Fact]
    public async Task Constructor_JsonFormatAndTooManyRepairs_ListsBothProblems()
    {
        // Given options asking for JSON with 11 repair rounds
        await using var server = await LoopbackModelServer.StartAsync("unused");
        using var client = TestClients.Create(TestClients.Options(server, LlmProvider.OpenAi), new LlmUsage());
        var context = new PromptContext { Request = "x" };

        // When the planner is made
        var error = Assert.Throws<GroundplanException>(() => LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Format = PlanFormat.Json, MaxRepairs = 11 }));

        // Then both problems are named in one message, and nothing was sent
        Assert.Equal("the LLM engine writes checklist, spec or blueprint plans (JSON comes from parsing one of them); --max-repairs must be between 0 and 10", error.Message);
        Assert.Empty(server.Requests);
    }
}
