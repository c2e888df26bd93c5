using Groundplan.Lint;
using Groundplan.Model;
using Groundplan.Model.Lint;
using Groundplan.Render;

namespace Groundplan.Llm.Repair;

/// <summary>
/// The repair loop's judge: <c>groundplan lint</c> itself, over the codebase the plan is for. Its findings go back to
/// the model word for word, so a plan the loop accepts is one the lint verb accepts.
/// </summary>
internal sealed class LintValidator(Codebase codebase, PlanLinter? linter = null) : IPlanValidator
{
    // The linter caches what it learns about the codebase; one instance serves every round.
    private readonly PlanLinter _linter = linter ?? new PlanLinter();

    public IReadOnlyList<PlanProblem> Validate(string planText, PlanFormat format) =>
        _linter.Lint(planText, codebase, format).Findings
            .Select(f => new PlanProblem(f.RuleId, f.Severity == LintSeverity.Error ? PlanProblemSeverity.Error : PlanProblemSeverity.Warning, f.Message, f.Line))
            .ToArray();
}
