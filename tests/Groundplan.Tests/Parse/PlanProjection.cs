using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Render;

namespace Groundplan.Tests.Parse;

/// <summary>
/// What each format carries of a plan, written out explicitly: rendering a plan in a format and parsing it back must give
/// exactly the plan's projection for that format (compared through the JSON form, which leaves source lines out).
/// </summary>
internal static class PlanProjection
{
    private static readonly PhaseKind[] Standard = [PhaseKind.DataLayer, PhaseKind.Backend, PhaseKind.Frontend, PhaseKind.Testing];
    private static readonly string[] StandardTitles = ["Data Layer & Schema", "Backend Logic", "Frontend Implementation", "Testing and Validation"];

    /// <summary>Checklist: title (slug derived from it), summary, plan assumptions, the four standard phases (then others) with task titles and steps.</summary>
    public static ImplementationPlan Checklist(ImplementationPlan plan)
    {
        var phases = new List<PlanPhase>();
        for (var i = 0; i < Standard.Length; i++)
        {
            var same = plan.Phases.Where(p => p.Kind == Standard[i]).ToList();
            phases.Add(ChecklistPhase(Standard[i], StandardTitles[i], same));
        }

        phases.AddRange(plan.Phases.Where(p => p.Kind == PhaseKind.Other).Select(p => ChecklistPhase(PhaseKind.Other, p.Title, [p])));
        return new ImplementationPlan
        {
            Title = plan.Title,
            Slug = PlanSlug.From(plan.Title),
            Summary = plan.Summary,
            Assumptions = plan.Assumptions,
            Phases = phases,
        };
    }

    /// <summary>Spec: everything except the code language and the blueprint-only task parts; evidence without excerpts; requirements functional first.</summary>
    public static ImplementationPlan Spec(ImplementationPlan plan) => plan with
    {
        Requirements = FunctionalFirst(plan.Requirements),
        UserStory = string.IsNullOrWhiteSpace(plan.UserStory) ? null : plan.UserStory,
        Snapshot = [.. plan.Snapshot.Select(WithoutExcerpts)],
        Phases = [.. plan.Phases.Select(p => p with
        {
            Kind = KindOf(p.Title),
            Tasks = [.. p.Tasks.Select(t => new PlanTask { Title = t.Title, Files = t.Files, Steps = t.Steps, Notes = t.Notes })],
        })],
        CodeLanguage = string.Empty,
    };

    /// <summary>
    /// Blueprint: the template's parts. Not carried: impacted files (they appear as each group's File), contracts, the
    /// test list, plan-level validation commands, rollout, rollback and the completeness audit. A not-needed phase keeps only its reason.
    /// </summary>
    public static ImplementationPlan Blueprint(ImplementationPlan plan)
    {
        var phases = plan.Phases.Select(p => p.NotNeeded is not null
            ? new PlanPhase { Kind = KindOf(p.Title), Title = p.Title, NotNeeded = p.NotNeeded }
            : p with
            {
                Kind = KindOf(p.Title),
                Overview = string.IsNullOrWhiteSpace(p.Overview) ? p.Title + "." : p.Overview,
                Tasks = [.. p.Tasks.Select(t => t with
                {
                    Signatures = [.. t.Signatures.Select(s => WithLanguage(s, plan.CodeLanguage))],
                    TestSignatures = [.. t.TestSignatures.Select(s => WithLanguage(s, plan.CodeLanguage))],
                })],
            }).ToList();
        var language = phases.SelectMany(p => p.Tasks).SelectMany(t => t.Signatures.Concat(t.TestSignatures)).Select(s => s.Language).FirstOrDefault(l => l.Length > 0);
        return new ImplementationPlan
        {
            Title = plan.Title,
            Slug = PlanSlug.From(plan.Title),
            Summary = plan.Summary,
            Request = plan.Request,
            UserStory = string.IsNullOrWhiteSpace(plan.UserStory) ? null : plan.UserStory,
            Goals = plan.Goals,
            NonGoals = plan.NonGoals,
            Requirements = FunctionalFirst(plan.Requirements),
            Assumptions = plan.Assumptions,
            Constraints = plan.Constraints,
            Snapshot = [.. plan.Snapshot.Select(WithoutExcerpts)],
            Phases = phases,
            VerificationChecklist = plan.VerificationChecklist,
            KeyDiscoveries = plan.KeyDiscoveries,
            OpenQuestions = plan.OpenQuestions,
            CodeLanguage = language ?? string.Empty,
        };
    }

    /// <summary>JSON carries the whole model.</summary>
    public static ImplementationPlan Json(ImplementationPlan plan) => plan;

    public static ImplementationPlan Of(PlanFormat format, ImplementationPlan plan) => format switch
    {
        PlanFormat.Checklist => Checklist(plan),
        PlanFormat.Spec => Spec(plan),
        PlanFormat.Blueprint => Blueprint(plan),
        _ => Json(plan),
    };

    private static PlanPhase ChecklistPhase(PhaseKind kind, string title, List<PlanPhase> phases)
    {
        var tasks = phases.SelectMany(p => p.Tasks).Select(t => new PlanTask { Title = t.Title, Steps = t.Steps }).ToList();
        var reason = phases.Select(p => p.NotNeeded).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) ?? "this feature makes no change in this layer.";
        return new PlanPhase { Kind = kind, Title = title, Tasks = tasks, NotNeeded = tasks.Count == 0 ? reason : null };
    }

    private static PhaseKind KindOf(string title)
    {
        var at = Array.IndexOf(StandardTitles, title);
        return at >= 0 ? Standard[at] : PhaseKind.Other;
    }

    private static List<PlanRequirement> FunctionalFirst(IReadOnlyList<PlanRequirement> requirements) =>
        [.. requirements.Where(r => r.Functional), .. requirements.Where(r => !r.Functional)];

    private static SnapshotItem WithoutExcerpts(SnapshotItem item) => item with { Evidence = [.. item.Evidence.Select(e => new Evidence(e.Path, e.Line))] };

    private static CodeBlock WithLanguage(CodeBlock block, string language) => block.Language.Length > 0 ? block : block with { Language = language };
}
