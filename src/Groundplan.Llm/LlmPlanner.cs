using Groundplan.Llm.Prompts;
using Groundplan.Llm.Providers;
using Groundplan.Llm.Repair;
using Groundplan.Llm.Review;
using Groundplan.Model;
using Groundplan.Model.Plans;
using Microsoft.Extensions.AI;

namespace Groundplan.Llm;

/// <summary>The LLM engine: drafts a plan from the grounded prompt, makes the model repair every error the checks find, then runs the review passes.</summary>
/// <remarks>
/// Order: draft and repair (at most <see cref="LlmEngineOptions.MaxRepairs"/> rounds) → implementer and QA reviews, whose
/// gaps the model closes → clarifying questions, asked through an <see cref="IQuestionAsker"/> and folded in, or left as
/// Open Questions. A revision that breaks the checks is discarded: the last clean plan stands.
/// </remarks>
public sealed class LlmPlanner
{
    private readonly IPlanValidator _validator;
    private readonly LlmEngineOptions _options;
    private readonly IProgress<LlmProgress>? _progress;
    private readonly IQuestionAsker? _asker;
    private readonly StreamingChat _chat;
    private int _turns;

    /// <summary>A planner over an already-built client (see <see cref="ChatClientFactory"/>).</summary>
    public LlmPlanner(IChatClient client, IPlanValidator validator, LlmEngineOptions options, IProgress<LlmProgress>? progress = null, IQuestionAsker? asker = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new GroundplanException(string.Join("; ", problems));
        }

        _validator = validator;
        _options = options;
        _progress = progress;
        _asker = asker;
        _chat = new StreamingChat(client, new ChatOptions { MaxOutputTokens = options.MaxOutputTokens, Temperature = options.Temperature }, options.StreamRetries, progress);
    }

    /// <summary>A planner that checks plans with the engine's own grounding checks (sections, paths, commands) for <paramref name="context"/>.</summary>
    public static LlmPlanner WithGroundingChecks(IChatClient client, PromptContext context, LlmEngineOptions options, IProgress<LlmProgress>? progress = null, IQuestionAsker? asker = null) =>
        new(client, GroundingValidator.For(context), options, progress, asker);

    /// <summary>A planner whose repair loop is judged by the linter over <paramref name="codebase"/>: error-level findings go back to the model.</summary>
    public static LlmPlanner WithLint(IChatClient client, Codebase codebase, LlmEngineOptions options, IProgress<LlmProgress>? progress = null, IQuestionAsker? asker = null) =>
        new(client, new LintValidator(codebase), options, progress, asker);

    /// <summary>Plans the request in <paramref name="context"/>.</summary>
    public async Task<LlmPlanResult> PlanAsync(PromptContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conversation = PromptAssembler.Draft(context, _options.Format);
        var draft = await RepairAsync(conversation, "draft", cancellationToken);
        if (!draft.IsClean)
        {
            return Result(draft, [], [], draft.Rounds);
        }

        var current = draft;
        var reviews = new ReviewPasses(_chat, context, _progress);
        IReadOnlyList<string> audit = [];
        if (_options.Reviews)
        {
            var (lines, gaps) = await reviews.CompletenessAsync(current.Text, cancellationToken);
            if (gaps.Count > 0)
            {
                current = await ReviseAsync(conversation, current, ReviewPrompts.CloseGaps, gaps, "closing review gaps", cancellationToken);
            }

            audit = [.. lines, .. gaps.Select(g => (current == draft ? "Open gap: " : "Revised to address: ") + g)];
        }

        IReadOnlyList<OpenQuestion> open = [];
        for (var round = 0; _options.Questions && round <= _options.MaxQuestionRounds; round++)
        {
            var questions = await reviews.QuestionsAsync(current.Text, cancellationToken);
            var blocking = questions.Where(q => q.Blocking).Select(q => q.Question).ToArray();
            open = [.. questions.Select(q => q.Question)];
            if (_asker is null || blocking.Length == 0 || round == _options.MaxQuestionRounds)
            {
                break;
            }

            var answers = blocking.Select((q, i) => (Question: q, Answer: _asker.Ask(q, i + 1, blocking.Length)))
                .Where(a => !string.IsNullOrWhiteSpace(a.Answer)).ToArray();
            if (answers.Length == 0)
            {
                break;
            }

            current = await ReviseAsync(conversation, current, ReviewPrompts.FoldAnswers, [.. answers.Select(a => $"Q: {a.Question.Question}\n  A: {a.Answer!.Trim()}")], "folding answers", cancellationToken);
        }

        var text = PlanSections.WithAuditAndQuestions(current.Text, _options.Format, audit, open);
        return Result(current with { Text = text, Problems = _validator.Validate(text, _options.Format) }, audit, open, draft.Rounds, draft.ErrorsPerRound);
    }

    private async Task<Attempt> ReviseAsync(List<ChatMessage> conversation, Attempt current, string instructions, IReadOnlyList<string> items, string stage, CancellationToken cancellationToken)
    {
        conversation.Add(new ChatMessage(ChatRole.Assistant, current.Text));
        conversation.Add(PromptAssembler.FollowUp(instructions, items));
        var revised = await RepairAsync(conversation, stage, cancellationToken);
        if (revised.IsClean)
        {
            return revised;
        }

        _progress?.Report(new LlmProgress(stage, 0, "the revision failed the checks; keeping the previous plan"));
        return current;
    }

    // Sends the conversation, checks the reply, and sends the error-level problems back until clean or out of rounds.
    private async Task<Attempt> RepairAsync(List<ChatMessage> conversation, string stage, CancellationToken cancellationToken)
    {
        var errorsPerRound = new List<int>();
        for (var round = 0; ; round++)
        {
            _turns++;
            var reply = await _chat.SendAsync(conversation, round == 0 ? stage : $"{stage}, repair {round}", cancellationToken);
            var text = ReplyCleaner.Clean(reply);
            var problems = _validator.Validate(text, _options.Format);
            var errors = problems.Where(p => p.Severity == PlanProblemSeverity.Error).ToArray();
            errorsPerRound.Add(errors.Length);
            if (errors.Length == 0 || round >= _options.MaxRepairs)
            {
                return new Attempt(text, problems, round, errorsPerRound);
            }

            _progress?.Report(new LlmProgress(stage, 0, $"{errors.Length} error{(errors.Length == 1 ? "" : "s")} in the plan; asking the model to repair (round {round + 1} of {_options.MaxRepairs})"));
            conversation.Add(new ChatMessage(ChatRole.Assistant, reply));
            conversation.Add(PromptAssembler.FollowUp(ReviewPrompts.Repair, errors.Select(e => e.ToString())));
        }
    }

    private LlmPlanResult Result(Attempt attempt, IReadOnlyList<string> audit, IReadOnlyList<OpenQuestion> open, int rounds, IReadOnlyList<int>? errorsPerRound = null) => new()
    {
        Format = _options.Format,
        Text = attempt.Text,
        Problems = attempt.Problems,
        RepairRounds = rounds,
        ErrorsPerRound = errorsPerRound ?? attempt.ErrorsPerRound,
        Audit = audit,
        OpenQuestions = open,
        Turns = _turns,
    };

    private sealed record Attempt(string Text, IReadOnlyList<PlanProblem> Problems, int Rounds, IReadOnlyList<int> ErrorsPerRound)
    {
        public bool IsClean => !Problems.Any(p => p.Severity == PlanProblemSeverity.Error);
    }
}
