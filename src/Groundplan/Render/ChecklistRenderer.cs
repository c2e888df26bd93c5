using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>
/// Seeds 000/001: <c>### Implementation Plan: Title</c>, the one-sentence description, the plan's assumptions, then the four
/// standard phases in order with numbered bold tasks and nested <c>[ ]</c> steps. Plain Markdown, no fence around it.
/// </summary>
internal static class ChecklistRenderer
{
    /// <summary>The line a phase the plan does not have (or does not need) gets, after "Not needed: ".</summary>
    public const string NotNeededPrefix = "Not needed: ";

    public const string DefaultNotNeeded = "this feature makes no change in this layer.";

    public static string Render(ImplementationPlan plan)
    {
        var md = new MarkdownWriter();
        md.Heading(3, "Implementation Plan: " + plan.Title);
        md.Paragraph(plan.Summary);
        foreach (var assumption in plan.Assumptions)
        {
            md.Paragraph("ASSUMPTION: " + MarkdownText.OneLine(assumption));
        }

        var number = 0;
        foreach (var (kind, phases) in Ordered(plan.Phases))
        {
            number++;
            var title = kind == PhaseKind.Other ? phases[0].Title : PhaseTitles.Canonical(kind);
            md.Heading(4, $"Phase {number}: {title}");
            var tasks = phases.SelectMany(p => p.Tasks).ToList();
            if (tasks.Count == 0)
            {
                var reason = phases.Select(p => p.NotNeeded).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)) ?? DefaultNotNeeded;
                md.Paragraph(NotNeededPrefix + MarkdownText.OneLine(reason));
                continue;
            }

            for (var t = 0; t < tasks.Count; t++)
            {
                WriteTask(md, $"{number}.{t + 1}", tasks[t]);
            }
        }

        return md.ToString();
    }

    /// <summary>The four standard phases in the seeds' order (merging repeats), then any other phases in plan order.</summary>
    internal static IEnumerable<(PhaseKind Kind, IReadOnlyList<PlanPhase> Phases)> Ordered(IReadOnlyList<PlanPhase> phases)
    {
        foreach (var kind in PhaseTitles.Standard)
        {
            yield return (kind, phases.Where(p => p.Kind == kind).ToList());
        }

        foreach (var other in phases.Where(p => p.Kind == PhaseKind.Other))
        {
            yield return (PhaseKind.Other, [other]);
        }
    }

    private static void WriteTask(MarkdownWriter md, string number, PlanTask task)
    {
        // Four-column markers as in the seeds: "-   [ ] " puts the item's content at column 4, nested items at column 4 too.
        md.Blank().Line($"-   [ ] **{number}. {MarkdownText.OneLine(task.Title)}**");
        foreach (var step in task.Steps)
        {
            var text = MarkdownText.OneLine(step.Text);
            md.Line("    -   [ ] " + (step.IsAssumption ? "ASSUMPTION: " + text : text));
        }

        md.Blank();
    }
}
