using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>
/// Seed 003: <c># Plan: Title (slug)</c>, then the fourteen level-2 headings in order. Implementation steps are numbered
/// through the whole plan, grouped under level-3 phase headings, each step a level-4 heading with Files, Changes and Notes.
/// </summary>
internal static partial class SpecRenderer
{
    public static string Render(ImplementationPlan plan)
    {
        var md = new MarkdownWriter();
        md.Heading(1, $"Plan: {plan.Title} ({plan.Slug})");
        md.Heading(2, SpecHeadings.Summary);
        PlanMarkdown.Summary(md, plan);
        md.Heading(2, SpecHeadings.Goals).Bullets(plan.Goals);
        md.Heading(2, SpecHeadings.NonGoals).Bullets(plan.NonGoals);
        md.Heading(2, SpecHeadings.Requirements);
        PlanMarkdown.Requirements(md, plan.Requirements, 3);
        md.Heading(2, SpecHeadings.AssumptionsConstraints);
        md.Heading(3, "Assumptions").Bullets(plan.Assumptions.Select(a => "ASSUMPTION: " + a));
        md.Heading(3, "Constraints").Bullets(plan.Constraints);
        md.Heading(2, SpecHeadings.Snapshot).Bullets(plan.Snapshot.Select(PlanMarkdown.SnapshotLine));
        md.Heading(3, "Key Discoveries").Bullets(plan.KeyDiscoveries.Select(PlanMarkdown.Discovery));
        md.Heading(2, SpecHeadings.ImpactedFiles);
        ImpactTable(md, plan.ImpactedFiles);
        md.Heading(2, SpecHeadings.Implementation);
        Steps(md, plan.Phases);
        md.Heading(2, SpecHeadings.Contracts);
        Contracts(md, plan.Contracts);
        md.Heading(2, SpecHeadings.Testing);
        Tests(md, plan.Tests);
        md.Heading(3, "Commands").Bullets(plan.ValidationCommands.Select(MarkdownText.Code));
        md.Heading(2, SpecHeadings.Verification).Bullets(plan.VerificationChecklist, "- [ ]");
        md.Heading(2, SpecHeadings.Rollout);
        md.Heading(3, "Rollout").Bullets(plan.Rollout);
        md.Heading(3, "Rollback").Bullets(plan.Rollback);
        md.Heading(2, SpecHeadings.Audit).Bullets(plan.CompletenessAudit, "- [x]");
        md.Heading(2, SpecHeadings.OpenQuestions);
        PlanMarkdown.Questions(md, plan.OpenQuestions);
        return md.ToString();
    }

    public static string ChangeName(ChangeType change) => change switch
    {
        ChangeType.New => "new",
        ChangeType.Delete => "delete",
        _ => "edit",
    };

    private static void ImpactTable(MarkdownWriter md, IReadOnlyList<ImpactedFile> files)
    {
        if (files.Count == 0)
        {
            md.Line("None.").Blank();
            return;
        }

        md.Line("| " + string.Join(" | ", SpecHeadings.TableColumns) + " |");
        md.Line("| --- | --- | --- |");
        foreach (var file in files)
        {
            md.Line($"| {MarkdownText.Cell(MarkdownText.Code(file.Path))} | {ChangeName(file.Change)} | {MarkdownText.Cell(file.Why)} |");
        }

        md.Blank();
    }

    private static void Steps(MarkdownWriter md, IReadOnlyList<PlanPhase> phases)
    {
        var step = 0;
        var number = 0;
        foreach (var phase in phases)
        {
            md.Heading(3, $"Phase {++number}: {phase.Title}");
            if (!string.IsNullOrWhiteSpace(phase.Overview))
            {
                md.Paragraph(phase.Overview);
            }

            if (phase.NotNeeded is not null)
            {
                md.Paragraph(PlanMarkdown.NotNeededPrefix + MarkdownText.OneLine(phase.NotNeeded));
            }

            if (phase.ValidationCommands.Count > 0)
            {
                md.Blank().Line("**Validation:** " + PlanMarkdown.Codes(phase.ValidationCommands)).Blank();
            }

            foreach (var task in phase.Tasks)
            {
                md.Heading(4, $"Step {++step}: {task.Title}");
                md.Line("**Files:** " + PlanMarkdown.Codes(task.Files)).Blank();
                md.Line("**Changes:**").Blank().Bullets(task.Steps.Select(s => s.IsAssumption ? "ASSUMPTION: " + s.Text : s.Text));
                md.Line("**Notes:**").Blank().Bullets(task.Notes);
            }
        }
    }
}
