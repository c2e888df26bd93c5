using Groundplan.Model.Plans;

namespace Groundplan.Parse;

/// <summary>
/// A phase heading as written ("#### Phase 2: Backend Logic"): the number as written ("2", or "" when missing), the name,
/// the standard phase the name means, the heading level and 1-based line.
/// </summary>
public sealed record PlanPhaseHeading(string Number, string Name, PhaseKind Kind, int Level, int Line);
