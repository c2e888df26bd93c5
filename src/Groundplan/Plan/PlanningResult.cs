using Groundplan.Model.Plans;
namespace Groundplan.Plan;

/// <summary>What the pipeline produced: the inputs the engine saw (codebase, recon, ranking, request) and the plan.</summary>
public sealed record PlanningResult(PlanningInput Input, ImplementationPlan Plan);
