using Groundplan.Model.Plans;

namespace Groundplan.Plan.Writers;

/// <summary>The verification checklist and the completeness audit, computed from the finished parts so they state what is true.</summary>
internal static class AuditWriter
{
    public static IReadOnlyList<string> Verification(PlanDraft draft, IReadOnlyList<string> goals)
    {
        var list = goals.Select(g => $"{g.TrimEnd('.')}: check it by hand on a local run.").ToList();
        list.AddRange(draft.Stack.ValidationCommands.Select(c => $"`{c}` passes locally and in CI."));
        return list;
    }

    public static IReadOnlyList<string> Audit(PlanDraft draft, IReadOnlyList<PlanPhase> phases)
    {
        var existing = draft.Impacted.Count(f => f.Change != ChangeType.New);
        var created = draft.Impacted.Count(f => f.Change == ChangeType.New);
        var steps = phases.Sum(p => p.Tasks.Sum(t => t.Steps.Count));
        return
        [
            $"Every existing path named ({existing}) was found in the codebase; every new path ({created}) is marked new.",
            $"Phases in order: {string.Join(", ", phases.Select(p => p.Title + (p.NotNeeded is null ? "" : " (not needed)")))}; {steps} atomic steps.",
            draft.Feature.Writes ? "Every write has an authorization check and a cache step." : "The feature only reads: authorization is checked, no cache invalidation is needed.",
            $"{draft.Assumptions.Count} assumption(s) stated where the codebase was silent; {draft.Questions.Count} blocking question(s).",
            draft.Stack.CommandsFromCi ? "Validation commands come from the CI workflow." : "Validation commands come from the repository's scripts (no CI workflow found).",
            $"{draft.Discoveries.Count} key discoveries cite file:line.",
        ];
    }
}
