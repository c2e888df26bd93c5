using Groundplan.Render;

namespace Groundplan.Llm.Repair;

/// <summary>Judges a plan's text: the repair loop's judge. The lint stage plugs in here (parse, then lint against the codebase).</summary>
/// <remarks>Implementations are bound to one codebase when created, never print, and return findings in a stable order.</remarks>
public interface IPlanValidator
{
    /// <summary>Every problem with <paramref name="planText"/> written in <paramref name="format"/>.</summary>
    IReadOnlyList<PlanProblem> Validate(string planText, PlanFormat format);
}
