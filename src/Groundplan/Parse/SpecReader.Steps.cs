using System.Text.RegularExpressions;
using Groundplan.Model.Plans;
using Groundplan.Render;
using Markdig.Syntax;

namespace Groundplan.Parse;

internal sealed partial class SpecReader
{
    private List<PlanPhase> Phases(Section? section)
    {
        if (section is null)
        {
            return [];
        }

        var phases = new List<PhaseBuilder>();
        PhaseBuilder? loose = null;
        foreach (var child in section.Children(_blocks))
        {
            if (PlanParts.TryPhase(child.Text, out var number, out var name))
            {
                var kind = PhaseTitles.KindOf(name);
                reading.PhaseHeadings.Add(new PlanPhaseHeading(number, name, kind, child.Heading.Level, doc.LineOf(child.Heading)));
                var phase = new PhaseBuilder(kind, name, doc.LineOf(child.Heading));
                PhaseBody(phase, child.Body(_blocks));
                foreach (var step in child.Children(_blocks))
                {
                    phase.Tasks.Add(StepTask(step, reading.PhaseHeadings.Count - 1));
                }

                phases.Add(phase);
            }
            else
            {
                // Steps written without phases gather in one phase of kind Other with no title.
                loose ??= Add(phases, new PhaseBuilder(PhaseKind.Other, string.Empty, doc.LineOf(child.Heading)));
                loose.Tasks.Add(StepTask(child, reading.PhaseHeadings.Count - 1));
            }
        }

        if (phases.Count == 0)
        {
            var list = new PhaseBuilder(PhaseKind.Other, string.Empty, doc.LineOf(section.Heading));
            list.Tasks.AddRange(ListedSteps(section.Body(_blocks)));
            if (list.Tasks.Count > 0)
            {
                phases.Add(list);
            }
        }

        return [.. phases.Select(p => p.Build())];
    }

    private static PhaseBuilder Add(List<PhaseBuilder> phases, PhaseBuilder phase)
    {
        phases.Add(phase);
        return phase;
    }

    private void PhaseBody(PhaseBuilder phase, IEnumerable<Block> blocks)
    {
        foreach (var field in LabelledFields.Read(doc, blocks))
        {
            if (field.Key.StartsWith("validation", StringComparison.Ordinal))
            {
                doc.MarkLine(field.Line, CodeSpanRole.Command);
                phase.ValidationCommands.AddRange(CodeSpanText.All(field.Value));
                phase.ValidationCommands.AddRange(field.Items.Select(i => CodeSpanText.Whole(i.Text) ?? i.Text));
            }
            else if (field.Key.Length == 0 && field.Value.Length > 0)
            {
                if (PlanParts.StripNotNeeded(field.Value, out var reason))
                {
                    phase.NotNeeded = reason;
                }
                else if (phase.Overview.Length == 0)
                {
                    phase.Overview = field.Value;
                }
            }
        }
    }

    private TaskBuilder StepTask(Section step, int phaseIndex)
    {
        var match = StepTitle().Match(step.Text);
        var title = match.Groups["title"].Value.Trim();
        var line = doc.LineOf(step.Heading);
        reading.TaskLabels.Add(new PlanTaskLabel(match.Groups["number"].Value, title, phaseIndex, line));
        var task = new TaskBuilder(title, line);
        TaskFields(task, LabelledFields.Read(doc, step.All(_blocks)));
        return task;
    }

    private void TaskFields(TaskBuilder task, List<LabelledField> fields)
    {
        foreach (var field in fields)
        {
            switch (field.Key)
            {
                case "files" or "file" or "exact files" or "files to touch":
                    doc.MarkLine(field.Line, CodeSpanRole.FileList);
                    MarkItems(field, CodeSpanRole.FileList);
                    task.Files.AddRange(field.ValueAndItems().SelectMany(v => CodeSpanText.All(v.Text) is { Count: > 0 } codes ? codes : [v.Text]));
                    break;
                case "changes" or "change" or "edits" or "":
                    doc.MarkLine(field.Line, CodeSpanRole.Step);
                    MarkItems(field, CodeSpanRole.Step);
                    task.Steps.AddRange(field.ValueAndItems().Select(v => PlanParts.Step(v.Text, v.Line)));
                    break;
                case "notes" or "note" or "gotchas" or "notes and gotchas" or "invariants":
                    task.Notes.AddRange(field.ValueAndItems().Select(v => v.Text));
                    break;
            }
        }
    }

    private void MarkItems(LabelledField field, CodeSpanRole role)
    {
        foreach (var (_, _, item) in field.Items)
        {
            doc.Mark(item, role);
        }
    }

    // "Step 3: Title", "3. Title", "Step 3 - Title", "Title".
    [GeneratedRegex(@"^\s*(?:step\b\s*)?(?<number>\d+(?:\.\d+)*)?\s*[:.)\-\u2013\u2014]?\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StepTitle();
}
