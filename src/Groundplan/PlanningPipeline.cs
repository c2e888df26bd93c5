using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Plan;
using Groundplan.Recon;
using Groundplan.Retrieve;

namespace Groundplan;

/// <summary>
/// The whole planning path, in data-flow order: ingest → recon → retrieve → plan → review. Front ends (the CLI, the MCP
/// server) call this and only format what it returns. Rendering is a separate pure step on the returned plan.
/// </summary>
public sealed class PlanningPipeline
{
    private readonly IPlanEngine _engine;
    private readonly Func<ImplementationPlan, PlanningInput, ImplementationPlan>? _review;

    /// <summary>A pipeline over <paramref name="engine"/> (the offline engine when null).</summary>
    /// <param name="engine">Writes the plan; an LLM engine plugs in here.</param>
    /// <param name="review">Runs on the finished plan (lint, repair); returns the plan to keep.</param>
    public PlanningPipeline(IPlanEngine? engine = null, Func<ImplementationPlan, PlanningInput, ImplementationPlan>? review = null)
    {
        _engine = engine ?? new OfflinePlanEngine();
        _review = review;
    }

    /// <summary>Reads the codebase at <paramref name="source"/> and plans <paramref name="request"/> on it.</summary>
    /// <exception cref="GroundplanException">The request is empty or the codebase cannot be read.</exception>
    public PlanningResult Run(string source, RetrievalRequest request, IngestOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Request))
        {
            throw new GroundplanException("the feature request is empty");
        }

        // Planning never reads a file's token count; leave it to be counted on demand.
        var codebase = new CodebaseLoader().Load(source, options ?? new IngestOptions { CountTokens = false }, cancellationToken);
        return Run(codebase, request, cancellationToken);
    }

    /// <summary>Plans <paramref name="request"/> on an already loaded codebase.</summary>
    public PlanningResult Run(Codebase codebase, RetrievalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        ArgumentNullException.ThrowIfNull(request);
        var recon = new ReconEngine().Run(codebase, cancellationToken);
        return Run(codebase, recon, request, cancellationToken);
    }

    /// <summary>Plans <paramref name="request"/> with a recon already run (tests and servers reuse one per codebase).</summary>
    public PlanningResult Run(Codebase codebase, ReconReport recon, RetrievalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var retrieval = new Retriever().Rank(codebase, recon, request, cancellationToken);
        var input = new PlanningInput(codebase, recon, retrieval, request);
        var plan = _engine.Plan(input, cancellationToken);
        if (_review is not null)
        {
            plan = _review(plan, input);
        }

        return new PlanningResult(input, plan);
    }
}
