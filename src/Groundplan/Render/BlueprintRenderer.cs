using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>
/// Seed 004's template: <c># Title Implementation Plan</c>, Overview, Current State Analysis, Desired End State with
/// <c>### Key Discoveries:</c>, What We're NOT Doing, Implementation Approach, then <c>## Phase N: Name</c> with Overview,
/// Changes Required (groups with File, Changes, signatures, responsibilities, test signatures, objectives, context) and
/// Validation Commands; Open Questions close the document when there are any.
/// </summary>
internal static partial class BlueprintRenderer
{
    public const string TddNote = "Implementation follows TDD: in every phase, write the tests under Testing Requirements first, watch them fail, then make them pass.";

    public static string Render(ImplementationPlan plan)
    {
        var md = new MarkdownWriter();
        md.Heading(1, plan.Title + " Implementation Plan");
        md.Heading(2, "Overview");
        PlanMarkdown.Summary(md, plan);
        md.Heading(2, "Current State Analysis").Bullets(plan.Snapshot.Select(PlanMarkdown.SnapshotLine));
        Labelled(md, "Constraints", plan.Constraints);
        md.Heading(2, "Desired End State").Bullets(plan.Goals);
        Labelled(md, "How to verify", plan.VerificationChecklist);
        md.Heading(3, "Key Discoveries:").Bullets(plan.KeyDiscoveries.Select(PlanMarkdown.Discovery));
        md.Heading(2, "What We're NOT Doing").Bullets(plan.NonGoals);
        md.Heading(2, "Implementation Approach");
        md.Paragraph(Approach(plan.Phases));
        md.Paragraph(TddNote);
        if (plan.Assumptions.Count > 0)
        {
            md.Blank().Bullets(plan.Assumptions.Select(a => "ASSUMPTION: " + a));
        }

        Labelled(md, "Functional requirements", plan.Requirements.Where(r => r.Functional).Select(r => r.Text));
        Labelled(md, "Non-functional requirements", plan.Requirements.Where(r => !r.Functional).Select(r => r.Text));

        var number = 0;
        foreach (var phase in plan.Phases)
        {
            Phase(md, ++number, phase, plan.CodeLanguage);
        }

        if (plan.OpenQuestions.Count > 0)
        {
            md.Heading(2, "Open Questions");
            PlanMarkdown.Questions(md, plan.OpenQuestions);
        }

        return md.ToString();
    }

    private static string Approach(IReadOnlyList<PlanPhase> phases)
    {
        var needed = phases.Where(p => p.NotNeeded is null).Select(p => p.Title).ToList();
        return needed.Count == 0
            ? "No phase changes code."
            : $"Deliver in {needed.Count} sequential phase{(needed.Count == 1 ? string.Empty : "s")}, each a tested, working increment: {string.Join(", then ", needed)}.";
    }

    /// <summary>"**Label:**" and its list, or nothing when the list is empty (the template has no heading for it).</summary>
    private static void Labelled(MarkdownWriter md, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            md.Blank().Line($"**{label}:**").Blank().Bullets(list);
        }
    }

    private static void Phase(MarkdownWriter md, int number, PlanPhase phase, string language)
    {
        md.Heading(2, $"Phase {number}: {phase.Title}");
        md.Heading(3, "Overview");
        if (phase.NotNeeded is not null)
        {
            md.Paragraph(PlanMarkdown.NotNeededPrefix + MarkdownText.OneLine(phase.NotNeeded));
            return;
        }

        md.Paragraph(string.IsNullOrWhiteSpace(phase.Overview) ? phase.Title + "." : phase.Overview);
        md.Heading(3, "Changes Required:");
        var group = 0;
        foreach (var task in phase.Tasks)
        {
            Group(md, ++group, task, language);
        }

        md.Heading(3, "Validation Commands:").Bullets(phase.ValidationCommands.Select(MarkdownText.Code));
    }
}
