using Groundplan.Llm.Providers;
using Groundplan.Llm.Tests.Loopback;
using Groundplan.Model.Plans;
using Groundplan.Render;

namespace Groundplan.Llm.Tests.Review;

public sealed class ReviewPassTests
{
    private const string Request = "Let readers bookmark posts";
    private const string Question = "Should bookmarks of deleted posts disappear?";

    [Fact]
    public async Task PlanAsync_ReviewFindsGap_ModelClosesItAndAuditLandsInSpec()
    {
        // Given a model whose implementer review finds one gap, closed when asked
        await using var server = await LoopbackModelServer.StartAsync((_, r) =>
            r.System.Contains("Review pass: implementer", StringComparison.Ordinal) ? new ScriptedReply.Text("- [x] Paths exist.\n- [ ] No step says where the bookmark list renders.\n")
            : r.System.Contains("Review pass: QA", StringComparison.Ordinal) ? new ScriptedReply.Text("- [x] Rollback covers the migration.\n")
            : r.System.Contains("Review pass: clarifying", StringComparison.Ordinal) ? new ScriptedReply.Text("[]")
            : new ScriptedReply.Text(ScriptedSpecs.Plan(r.LastUserText.Contains("Reviewers found these gaps", StringComparison.Ordinal) ? "- The dashboard lists bookmarks.\n" : "")));
        var context = Fixtures.Context(Fixtures.Inkwell, Request);
        using var client = TestClients.Create(TestClients.Options(server, LlmProvider.OpenAi), new LlmUsage());

        // When the engine plans in the spec format
        var result = await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Format = PlanFormat.Spec }).PlanAsync(context);

        // Then the gap went back to the model, the revision was kept, and the audit replaced the model's own section
        Assert.True(result.IsClean, string.Join("\n", result.Problems));
        var revision = server.Requests.Single(r => r.LastUserText.Contains("Reviewers found these gaps", StringComparison.Ordinal));
        Assert.Contains("- Implementer review: No step says where the bookmark list renders.", revision.LastUserText, StringComparison.Ordinal);
        Assert.Contains("- The dashboard lists bookmarks.", result.Text, StringComparison.Ordinal);
        Assert.Contains("## Plan Completeness Audit\n\n- [x] Implementer review: Paths exist.\n- [x] QA review: Rollback covers the migration.\n- [x] Revised to address: Implementer review: No step says where the bookmark list renders.\n\n## Open Questions\n\nNone.\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder from the model", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_BlockingQuestionWithoutTerminal_BecomesOpenQuestion()
    {
        // Given a reviewer with one blocking question and no one to ask
        await using var server = await LoopbackModelServer.StartAsync((_, r) => QuestionOnce(r, answered: false));
        var context = Fixtures.Context(Fixtures.Inkwell, Request);
        using var client = TestClients.Create(TestClients.Options(server, LlmProvider.Anthropic), new LlmUsage());

        // When the engine plans
        var result = await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Format = PlanFormat.Spec, Reviews = false }).PlanAsync(context);

        // Then the question is in the Open Questions section
        Assert.Equal([Question], result.OpenQuestions.Select(q => q.Question));
        Assert.EndsWith($"## Open Questions\n\n- [NEEDS CONFIRMATION] {Question} (Step 1 keeps them)\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_InteractiveAnswer_IsFoldedInAndReviewerAsksAgain()
    {
        // Given a reviewer that asks until the plan reflects the answer, and a user who answers
        await using var server = await LoopbackModelServer.StartAsync((_, r) => QuestionOnce(r, answered: r.AllText.Contains("cascade", StringComparison.Ordinal)));
        var context = Fixtures.Context(Fixtures.Inkwell, Request);
        using var client = TestClients.Create(TestClients.Options(server, LlmProvider.OpenAi), new LlmUsage());
        var asker = new ScriptedAsker("Yes, cascade the delete.");

        // When the engine plans interactively
        var result = await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Format = PlanFormat.Spec, Reviews = false }, asker: asker).PlanAsync(context);

        // Then the question was asked once, the answer was sent to the model, and nothing is left open
        Assert.Equal([Question], asker.Asked);
        Assert.Contains(server.Requests, r => r.LastUserText.Contains($"Q: {Question}\n  A: Yes, cascade the delete.", StringComparison.Ordinal));
        Assert.Empty(result.OpenQuestions);
        Assert.Contains("- Bookmarks cascade when a post is deleted.", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("## Open Questions\n\nNone.\n", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAsync_SeedWithOffline_SendsTheSkeletonFencedAsData()
    {
        // Given an offline draft to refine
        await using var server = await LoopbackModelServer.StartAsync((_, r) => ScriptedModels.Good(r));
        var context = Fixtures.Context(Fixtures.Inkwell, Request) with { SkeletonPlan = "### Implementation Plan: offline skeleton\n" };
        using var client = TestClients.Create(TestClients.Options(server, LlmProvider.OpenAi), new LlmUsage());

        // When the engine plans
        await LlmPlanner.WithGroundingChecks(client, context, new LlmEngineOptions { Reviews = false, Questions = false }).PlanAsync(context);

        // Then the skeleton went in as data, after the instruction to use it
        Assert.Contains("Use it as the skeleton", server.Requests[0].LastUserText, StringComparison.Ordinal);
        Assert.Contains("<codebase_data source=\"offline-draft\">\n### Implementation Plan: offline skeleton\n</codebase_data>", server.Requests[0].LastUserText, StringComparison.Ordinal);
    }

    private static ScriptedReply QuestionOnce(RecordedRequest r, bool answered) =>
        r.System.Contains("Review pass: clarifying", StringComparison.Ordinal)
            ? new ScriptedReply.Text(answered ? "[]" : $$"""Here you go: [{"question": "{{Question}}", "blocking": true, "why": "Step 1 keeps them"}]""")
            : new ScriptedReply.Text(ScriptedSpecs.Plan(r.LastUserText.Contains("cascade", StringComparison.Ordinal) ? "- Bookmarks cascade when a post is deleted.\n" : ""));

    private sealed class ScriptedAsker(string answer) : IQuestionAsker
    {
        public List<string> Asked { get; } = [];

        public string? Ask(OpenQuestion question, int number, int count)
        {
            Asked.Add(question.Question);
            return answer;
        }
    }
}
