using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint;

/// <summary>One check of a plan: a stable id, a default severity, and the findings it yields.</summary>
/// <remarks>
/// Rules are stateless and may run on several threads. A rule that throws becomes one <c>GP000</c> finding naming
/// it; the other rules still run. Findings carry the rule's default severity; <see cref="PlanLinter"/> applies the
/// configured one.
/// </remarks>
public interface ILintRule
{
    /// <summary>The stable id, e.g. <c>GP201</c>: GP1xx structure, GP2xx grounding, GP3xx completeness, GP4xx style.</summary>
    string Id { get; }

    /// <summary>The severity before configuration.</summary>
    LintSeverity DefaultSeverity { get; }

    /// <summary>The problems in the plan.</summary>
    IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context);
}
