using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>Reads a run of blocks as bold-labelled fields (see <see cref="LabelledField"/>).</summary>
internal static partial class LabelledFields
{
    public static List<LabelledField> Read(PlanDocument doc, IEnumerable<Block> blocks)
    {
        var fields = new List<LabelledField>();
        LabelledField? current = null;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    var first = doc.LineOf(paragraph);
                    var lines = doc.Raw(paragraph).Split('\n');
                    for (var i = 0; i < lines.Length; i++)
                    {
                        var line = lines[i].Trim();
                        if (TryLabel(line, out var key, out var rest))
                        {
                            current = new LabelledField(key, first + i);
                            fields.Add(current);
                            line = rest;
                        }

                        current ??= Add(fields, string.Empty, first + i);
                        if (line.Length > 0)
                        {
                            current.Values.Add(line);
                        }
                    }

                    current?.Blocks.Add(block);
                    break;
                case ListBlock list:
                    current ??= Add(fields, string.Empty, doc.LineOf(list));
                    current.Blocks.Add(list);
                    AddItems(doc, list, current);
                    break;
                case FencedCodeBlock fence:
                    current ??= Add(fields, string.Empty, doc.LineOf(fence));
                    current.Blocks.Add(fence);
                    current.Fences.Add(fence);
                    break;
            }
        }

        return fields;
    }

    /// <summary>"**Label:** rest" or "**Label**: rest" (also with underscores; the colon is required), giving the label's <see cref="HeadingKey"/>.</summary>
    public static bool TryLabel(string line, out string key, out string rest) => TryLabel(line, out key, out rest, out _);

    /// <summary>As above, also giving the label as written (without the bold markers and colon).</summary>
    public static bool TryLabel(string line, out string key, out string rest, out string label)
    {
        var match = Label().Match(line);
        label = match.Success ? match.Groups["label"].Value.Trim() : string.Empty;
        key = match.Success ? HeadingKey.Of(label) : string.Empty;
        rest = match.Success ? match.Groups["rest"].Value.Trim() : line;
        return match.Success && key.Length > 0;
    }

    private static LabelledField Add(List<LabelledField> fields, string key, int line)
    {
        var field = new LabelledField(key, line);
        fields.Add(field);
        return field;
    }

    private static void AddItems(PlanDocument doc, ListBlock list, LabelledField field)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            field.Items.Add((doc.ItemText(item), doc.LineOf(item), item));
            foreach (var nested in item.OfType<ListBlock>())
            {
                AddItems(doc, nested, field);
            }

            foreach (var fence in item.OfType<FencedCodeBlock>())
            {
                field.Fences.Add(fence);
            }
        }
    }

    [GeneratedRegex(@"^(?:\*\*|__)(?<label>[^*_:][^*_]*?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(?<rest>.*)$")]
    private static partial Regex Label();
}
