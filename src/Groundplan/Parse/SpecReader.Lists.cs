using Markdig.Syntax;

namespace Groundplan.Parse;

internal sealed partial class SpecReader
{
    /// <summary>
    /// Steps written as a numbered list ("1. **Title**" with nested "Files:", "Changes:", "Notes:" items), as models often
    /// write the spec's implementation plan.
    /// </summary>
    private List<TaskBuilder> ListedSteps(IEnumerable<Block> blocks)
    {
        var tasks = new List<TaskBuilder>();
        foreach (var list in blocks.OfType<ListBlock>())
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var text = PlanParts.StripCheckbox(doc.ItemText(item));
                var line = doc.LineOf(item);
                var number = list.IsOrdered ? ((int.TryParse(list.OrderedStart, out var start) ? start : 1) + tasks.Count).ToString() : string.Empty;
                var title = text.Trim('*', '_', ' ').TrimEnd(':').Trim('*', '_', ' ');
                reading.TaskLabels.Add(new PlanTaskLabel(number, title, -1, line));
                doc.MarkLine(line, CodeSpanRole.Heading);
                var task = new TaskBuilder(title, line);
                TaskFields(task, ItemFields(item));
                tasks.Add(task);
            }
        }

        return tasks;
    }

    private List<LabelledField> ItemFields(ListItemBlock item)
    {
        var fields = new List<LabelledField>();
        foreach (var nested in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            var text = doc.ItemText(nested);
            var line = doc.LineOf(nested);
            if (LabelledFields.TryLabel(text, out var key, out var rest) || PlainLabel(text, out key, out rest))
            {
                var field = new LabelledField(key, line);
                if (rest.Length > 0)
                {
                    field.Values.Add(rest);
                }

                foreach (var sub in nested.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
                {
                    field.Items.Add((doc.ItemText(sub), doc.LineOf(sub), sub));
                }

                fields.Add(field);
            }
            else if (fields.Count > 0)
            {
                fields[^1].Items.Add((text, line, nested));
            }
        }

        return fields;
    }

    private static bool PlainLabel(string text, out string key, out string rest)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        key = colon > 0 ? HeadingKey.Of(text[..colon]) : string.Empty;
        rest = colon > 0 ? text[(colon + 1)..].Trim() : text;
        return key is "files" or "file" or "changes" or "notes";
    }
}
