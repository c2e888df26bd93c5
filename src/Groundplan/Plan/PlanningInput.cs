using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;

namespace Groundplan.Plan;

/// <summary>Everything an engine plans from: the codebase, what recon found in it, the ranking for the request, and the request.</summary>
public sealed record PlanningInput(Codebase Codebase, ReconReport Recon, RetrievalResult Retrieval, RetrievalRequest Request);
