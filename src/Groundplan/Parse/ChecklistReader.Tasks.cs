using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Groundplan.Parse;

internal sealed partial class ChecklistReader
{
    private void TakeList(ListBlock list)
    {
        if (_phases.Count == 0)
        {
            // A list before any phase: ASSUMPTION items are the plan's; the rest stays visible through ListItems only.
            foreach (var item in list.OfType<ListItemBlock>())
            {
                if (PlanParts.StripAssumption(PlanParts.StripCheckbox(doc.ItemText(item)), out var rest))
                {
                    _assumptions.Add(rest);
                }

                RecordItems(item, 0);
            }

            return;
        }

        var phase = _phases[^1];
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var text = PlanParts.StripCheckbox(doc.ItemText(item));
            var line = doc.LineOf(item);
            RecordItem(item, 0);
            var task = TaskTitle().Match(text);
            if (task.Success)
            {
                var title = (task.Groups["title"].Value.Trim() + " " + task.Groups["rest"].Value.Trim()).Trim();
                reading.TaskLabels.Add(new PlanTaskLabel(task.Groups["number"].Value, title, _phases.Count - 1, line));
                phase.Tasks.Add(new TaskBuilder(title, line));
                doc.MarkLine(line, CodeSpanRole.Heading);
            }
            else
            {
                // A plain top-level item is a step of the task above it (or of an untitled task when there is none).
                if (phase.Tasks.Count == 0)
                {
                    phase.Tasks.Add(new TaskBuilder(string.Empty, line));
                }

                phase.Tasks[^1].Steps.Add(PlanParts.Step(text, line));
                doc.Mark(item, CodeSpanRole.Step);
            }

            foreach (var nested in item.OfType<ListBlock>())
            {
                TakeSteps(nested, phase.Tasks.Count > 0 ? phase.Tasks[^1] : null, 1);
            }
        }
    }

    private void TakeSteps(ListBlock list, TaskBuilder? task, int depth)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            RecordItem(item, depth);
            task?.Steps.Add(PlanParts.Step(doc.ItemText(item), doc.LineOf(item)));
            doc.Mark(item, CodeSpanRole.Step);
            foreach (var nested in item.OfType<ListBlock>())
            {
                TakeSteps(nested, task, depth + 1);
            }
        }
    }

    private void RecordItems(ListItemBlock item, int depth)
    {
        RecordItem(item, depth);
        foreach (var nested in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            RecordItems(nested, depth + 1);
        }
    }

    private void RecordItem(ListItemBlock item, int depth)
    {
        var raw = doc.Raw(item);
        var end = raw.IndexOfAny([' ', '\t', '\n']);
        var bullet = end < 0 ? raw : raw[..end];
        var text = PlanParts.StripCheckbox(doc.ItemText(item), out var checkbox);
        var line = doc.LineOf(item);
        reading.ListItems.Add(new PlanListItem(bullet, checkbox is null ? null : $"[{checkbox}]", text, depth, line, doc.ColumnAt(item.Span.Start)));
    }

    // "**1.1. Name**", "**1.1 Name**", "**Task 1.1: Name** (extra)", "**Name**".
    [GeneratedRegex(@"^(?:\*\*|__)\s*(?:task\s+)?(?<number>\d+(?:\.\d+)*)?\.?[:)]?\s*(?<title>[^*_].*?)\s*(?:\*\*|__)\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TaskTitle();
}
