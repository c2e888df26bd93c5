using Groundplan.Model.Plans;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;
using Groundplan.Plan.Signatures;
using Groundplan.Plan.Writers;
using Groundplan.Render;

namespace Groundplan.Plan;

/// <summary>
/// The default engine: works out from the request, recon and ranking what the feature adds and changes, and writes the
/// plan from the repository's own files, commands and patterns. No network, no model; the same input gives the same plan.
/// </summary>
public sealed class OfflinePlanEngine : IPlanEngine
{
    /// <inheritdoc/>
    public ImplementationPlan Plan(PlanningInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Request.Request))
        {
            throw new GroundplanException("the feature request is empty");
        }

        var feature = FeatureInference.Infer(input.Request.Request, input.Recon);
        var stack = StackProfileReader.Read(input.Codebase, input.Recon);
        var draft = new PlanDraft(input, feature, stack);
        var layout = LayoutPlanner.Plan(draft);
        var signatures = SignatureWriters.For(stack.Language);
        ct.ThrowIfCancellationRequested();

        // Order matters: each writer adds to the impact map and the assumptions the later sections summarise.
        PlanPhase[] phases =
        [
            DataLayerWriter.Write(draft, layout),
            BackendWriter.Write(draft, layout, signatures),
            FrontendWriter.Write(draft, layout, signatures),
            TestingWriter.Write(draft, layout, signatures),
        ];
        if (feature.Subject is null && feature.Operations[0] is Operation.Toggle or Operation.Export or Operation.Flag)
        {
            draft.Ask("Which existing model does this feature apply to?", "the request names no model recon found");
        }

        foreach (var unknown in input.Recon.Facts.Where(f => f.Status == Model.Recon.FactStatus.Unknown))
        {
            draft.Assume($"the codebase shows no {unknown.Topic} ({unknown.Value}); the plan does not rely on one.");
        }

        var goals = SectionsWriter.Goals(draft);
        var contracts = draft.Contracts.ToList();
        if (SchemaSnippets.For(stack.DataLayer?.Name ?? (stack.Language == "go" ? "sql" : ""), feature) is { } schema)
        {
            contracts.Insert(0, new PlanContract("schema", feature.NewEntity?.Name ?? feature.Subject?.Name ?? "schema", "The schema change.", schema));
        }

        return new ImplementationPlan
        {
            Title = feature.Title,
            Slug = PlanSlug.From(feature.Title),
            Summary = SectionsWriter.Summary(draft),
            Request = input.Request.Request,
            UserStory = string.IsNullOrWhiteSpace(input.Request.Story) ? null : input.Request.Story.Trim(),
            Goals = goals,
            NonGoals = SectionsWriter.NonGoals(draft),
            Requirements = SectionsWriter.Requirements(draft),
            Assumptions = draft.Assumptions,
            Constraints = SectionsWriter.Constraints(draft),
            Snapshot = SectionsWriter.Snapshot(draft),
            ImpactedFiles = draft.Impacted,
            Phases = phases,
            Contracts = contracts,
            Tests = draft.Tests,
            ValidationCommands = stack.ValidationCommands,
            VerificationChecklist = AuditWriter.Verification(draft, goals),
            Rollout = SectionsWriter.Rollout(draft),
            Rollback = SectionsWriter.Rollback(draft),
            KeyDiscoveries = draft.Discoveries,
            CompletenessAudit = AuditWriter.Audit(draft, phases),
            OpenQuestions = draft.Questions,
            CodeLanguage = signatures.Language,
        };
    }
}
