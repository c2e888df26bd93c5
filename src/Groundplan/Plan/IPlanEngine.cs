using Groundplan.Model.Plans;

namespace Groundplan.Plan;

/// <summary>Writes an implementation plan from a codebase, its recon and the ranked context; the offline engine is the default.</summary>
public interface IPlanEngine
{
    /// <summary>Plans <paramref name="input"/>'s request; implementations must be deterministic for the same input where they can.</summary>
    ImplementationPlan Plan(PlanningInput input, CancellationToken ct = default);
}
