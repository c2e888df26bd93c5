using Groundplan.Llm.Repair;
using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Llm;

/// <summary>What the LLM engine produced: the plan text, whether it passed the checks, and how it got there.</summary>
public sealed record LlmPlanResult
{
    /// <summary>The format the plan is written in.</summary>
    public PlanFormat Format { get; init; } = PlanFormat.Checklist;

    /// <summary>The final plan text (the last attempt when it is not clean).</summary>
    public required string Text { get; init; }

    /// <summary>True when the plan has no error-level problem; only then may it be written as the plan.</summary>
    public bool IsClean => !Problems.Any(p => p.Severity == PlanProblemSeverity.Error);

    /// <summary>The problems the checks still find in <see cref="Text"/>.</summary>
    public required IReadOnlyList<PlanProblem> Problems { get; init; }

    /// <summary>Repair rounds used on the draft (0 when the first draft was clean).</summary>
    public int RepairRounds { get; init; }

    /// <summary>Error-level problems after each draft attempt: the repair loop's convergence, e.g. <c>[4, 1, 0]</c>.</summary>
    public IReadOnlyList<int> ErrorsPerRound { get; init; } = [];

    /// <summary>The Plan Completeness Audit lines the review passes produced.</summary>
    public IReadOnlyList<string> Audit { get; init; } = [];

    /// <summary>Questions left open (all of them without an asker, the unanswered ones with one).</summary>
    public IReadOnlyList<OpenQuestion> OpenQuestions { get; init; } = [];

    /// <summary>Model turns taken in all (drafts, repairs, reviews, revisions).</summary>
    public int Turns { get; init; }

    /// <summary>The plan read back into the model (for the JSON format, the plan engine seam, or lint).</summary>
    public ImplementationPlan ToPlan() => PlanParser.Parse(Text, Format).Plan;
}
