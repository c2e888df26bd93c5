using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;

namespace Groundplan.Llm.Review;

/// <summary>The review passes over a plan: implementer and QA (the completeness audit) and the clarifying-questions reviewer.</summary>
/// <remarks>Each pass is its own one-turn conversation with the same grounded material, so a reviewer is not anchored by the planner's reasoning.</remarks>
internal sealed class ReviewPasses(StreamingChat chat, PromptContext context, IProgress<LlmProgress>? progress)
{
    /// <summary>The audit lines of both reviews (checks that hold) and the gaps they found.</summary>
    public async Task<(IReadOnlyList<string> Checked, IReadOnlyList<string> Gaps)> CompletenessAsync(string plan, CancellationToken cancellationToken)
    {
        var implementer = ReviewParser.Checklist(await chat.SendAsync(PromptAssembler.Review(context, ReviewPrompts.ImplementerReview, plan), "implementer review", cancellationToken));
        var qa = ReviewParser.Checklist(await chat.SendAsync(PromptAssembler.Review(context, ReviewPrompts.QaReview, plan), "QA review", cancellationToken));
        var all = implementer.Select(i => (i.Ok, Text: "Implementer review: " + i.Text)).Concat(qa.Select(i => (i.Ok, Text: "QA review: " + i.Text))).ToArray();
        return ([.. all.Where(i => i.Ok).Select(i => i.Text)], [.. all.Where(i => !i.Ok).Select(i => i.Text)]);
    }

    public async Task<IReadOnlyList<ReviewQuestion>> QuestionsAsync(string plan, CancellationToken cancellationToken)
    {
        var reply = await chat.SendAsync(PromptAssembler.Review(context, ReviewPrompts.Questions, plan), "clarifying questions", cancellationToken);
        var questions = ReviewParser.Questions(reply);
        if (questions is null)
        {
            progress?.Report(new LlmProgress("clarifying questions", 0, "the reviewer's answer was not the JSON asked for; no questions taken from it"));
            return [];
        }

        return questions;
    }
}
