using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Writers;

/// <summary>The plan's framing: summary, goals, non-goals, requirements, constraints, snapshot, rollout and rollback.</summary>
internal static class SectionsWriter
{
    private static readonly (string Topic, string Label)[] SnapshotTopics =
    [
        (ReconTopic.Framework, "Framework"), (ReconTopic.Routing, "Routing"), (ReconTopic.DataLayer, "Data layer"), (ReconTopic.SchemaFile, "Schema"),
        (ReconTopic.Migrations, "Migrations"), (ReconTopic.MigrationCommand, "Migration command"), (ReconTopic.Cache, "Cache"),
        (ReconTopic.CacheInvalidation, "Cache invalidation"), (ReconTopic.Authentication, "Authentication"), (ReconTopic.Authorization, "Authorization"),
        (ReconTopic.Validation, "Validation"), (ReconTopic.Frontend, "Frontend"), (ReconTopic.TestFramework, "Tests"), (ReconTopic.CiCommand, "CI"),
    ];

    public static string Summary(PlanDraft draft)
    {
        var story = draft.Input.Request.Story;
        var goal = OperationText.Goal(draft.Feature).TrimEnd('.');
        var why = string.IsNullOrWhiteSpace(story) ? "" : ", so that " + Lower(story.Trim().TrimEnd('.'));
        return $"{goal}, built on the existing {Stack(draft)} code{why}.";
    }

    public static IReadOnlyList<string> Goals(PlanDraft draft)
    {
        var goals = new List<string> { OperationText.Goal(draft.Feature) };
        if (draft.Feature.Writes)
        {
            goals.Add("Only authorised users can change the data, and no cached page shows stale data after a change.");
        }

        goals.Add("The change is covered by tests in the repository's own frameworks and passes its checks.");
        return goals;
    }

    public static IReadOnlyList<string> NonGoals(PlanDraft draft) => draft.Feature.Operations[0] switch
    {
        Operation.Toggle => [$"Sharing or public lists of {Words.Plural(draft.Feature.NameWords)}.", "Notifications to the owner of the record.", "Changes to unrelated models or screens."],
        Operation.Export => ["Scheduled or emailed exports.", "Formats other than CSV, and importing.", "Changes to the existing list screens beyond the export control."],
        Operation.RateLimit => ["CAPTCHA, account lockout emails or two-factor authentication.", "Rate limits on endpoints other than sign-in."],
        _ => ["Changes to unrelated models or screens.", "New dependencies beyond those the repository already uses."],
    };

    public static IReadOnlyList<PlanRequirement> Requirements(PlanDraft draft)
    {
        var list = OperationText.Logic(draft.Feature, "the signed-in user").Select(l => new PlanRequirement(l)).ToList();
        list.Add(new PlanRequirement("Every backend entry point checks authentication and authorization on the server.", Functional: false));
        if (draft.Feature.ChangesSchema)
        {
            list.Add(new PlanRequirement("The migration is additive and reversible; lookups by owner are indexed.", Functional: false));
        }

        if (draft.Stack.HasUi)
        {
            list.Add(new PlanRequirement("The UI is usable by keyboard and screen reader (semantic elements, focus, ARIA state).", Functional: false));
        }

        return list;
    }

    public static IReadOnlyList<string> Constraints(PlanDraft draft)
    {
        var list = new List<string>();
        var stack = draft.Stack;
        if (stack.DataLayer is { } data)
        {
            list.Add($"Use {data.Name} ({data.Value}) for data access; no raw SQL outside its conventions.");
        }

        if (stack.Validation is { } validation)
        {
            list.Add($"Validate input with {validation.Name}, as the existing code does.");
        }

        list.AddRange(draft.Recon.About(ReconTopic.Naming).Where(f => f.Name.StartsWith("file names", StringComparison.Ordinal)).Select(f => $"Name new files as the repo does: {f.Name} are {f.Value}."));
        list.AddRange(draft.Recon.About(ReconTopic.Lint).Where(f => f.Status == FactStatus.Found).Take(2).Select(f => $"Keep {f.Name} clean ({f.Value})."));
        return list;
    }

    public static IReadOnlyList<SnapshotItem> Snapshot(PlanDraft draft)
    {
        var items = new List<SnapshotItem>();
        foreach (var (topic, label) in SnapshotTopics)
        {
            foreach (var fact in draft.Recon.About(topic).Where(f => f.Status != FactStatus.Unknown).Take(3))
            {
                items.Add(new SnapshotItem(label, $"{fact.Name}: {fact.Value}", fact.Evidence.Take(2).ToList()));
            }
        }

        return items;
    }

    public static IReadOnlyList<string> Rollout(PlanDraft draft)
    {
        var list = new List<string>();
        if (draft.Feature.ChangesSchema)
        {
            list.Add(draft.Stack.MigrationApply is { } apply
                ? $"Apply the migration first with `{Conventions.StackProfile.Command(apply)}`; it is additive, so the old code keeps running."
                : "Apply the migration before deploying the code that uses it.");
        }

        list.Add("Deploy the code; the feature is live for every user once deployed (no feature flag exists in the codebase).");
        list.Add("Watch the server logs for errors from the new operation during the first day.");
        return list;
    }

    public static IReadOnlyList<string> Rollback(PlanDraft draft)
    {
        var list = new List<string> { "Revert the feature's commit and redeploy; the UI and backend changes go together." };
        if (draft.Feature.ChangesSchema)
        {
            list.Add(draft.Feature.NewEntity is { } e
                ? $"Leave the `{e.Name}` table in place after a code rollback (unused data is harmless); drop it with a follow-up migration only once the rollback is final."
                : "Leave the new column in place after a code rollback; drop it with a follow-up migration only once the rollback is final.");
        }

        return list;
    }

    private static string Stack(PlanDraft draft)
    {
        var frameworks = draft.Recon.About(ReconTopic.Framework).Where(f => f.Status == FactStatus.Found && !f.Name.Contains('/', StringComparison.Ordinal) && !f.Evidence.Any(e => e.Path.Contains("test", StringComparison.OrdinalIgnoreCase)))
            .Select(f => f.Value.Split(' ')[0] is var first && first.Length > 0 && char.IsLetter(first[0]) && !first.Any(char.IsDigit) ? first : f.Name);
        var names = frameworks.Take(2).Concat(draft.Stack.DataLayer is { } d ? [d.Name] : []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count > 0 ? string.Join(" + ", names) : draft.Stack.Language;
    }

    private static string Lower(string text) => text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
