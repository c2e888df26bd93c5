using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>Sections the spec and blueprint formats share: the summary with request and story, the snapshot, key discoveries, open questions.</summary>
internal static partial class CommonSections
{
    public static (string Summary, string Request, string? Story) Summary(PlanDocument doc, IEnumerable<Block> blocks)
    {
        var summary = new List<string>();
        var request = string.Empty;
        string? story = null;
        foreach (var field in LabelledFields.Read(doc, blocks.OfType<ParagraphBlock>()))
        {
            switch (field.Key)
            {
                case "request":
                    request = field.Value;
                    break;
                case "user story" or "story":
                    story = field.Value;
                    break;
                case "" when summary.Count == 0:
                    summary.Add(field.Value);
                    break;
            }
        }

        return (string.Join(' ', summary), request, story);
    }

    /// <summary>Items of all lists in <paramref name="blocks"/>, nested ones flattened, checkboxes dropped, with their lines.</summary>
    public static List<(string Text, int Line)> Items(PlanDocument doc, IEnumerable<Block> blocks, CodeSpanRole role = CodeSpanRole.Prose)
    {
        var items = new List<(string, int)>();
        foreach (var list in blocks.OfType<ListBlock>())
        {
            doc.Mark(list, role);
            Collect(doc, list, items);
        }

        return items;
    }

    public static SnapshotItem Snapshot(string text)
    {
        if (!LabelledFields.TryLabel(text, out _, out var rest, out var label))
        {
            return new SnapshotItem(string.Empty, text, []);
        }

        var evidence = new List<Evidence>();
        var value = rest;
        var open = rest.LastIndexOf("(evidence:", StringComparison.OrdinalIgnoreCase);
        if (open >= 0 && rest.EndsWith(')'))
        {
            foreach (var span in CodeSpanText.All(rest[open..]))
            {
                if (PlanParts.TryLocation(span, out var path, out var line, out _))
                {
                    evidence.Add(new Evidence(path, line));
                }
            }

            value = rest[..open].Trim();
        }

        return new SnapshotItem(label, value, evidence);
    }

    public static List<KeyDiscovery> Discoveries(PlanDocument doc, IEnumerable<Block> blocks) =>
        [.. Items(doc, blocks, CodeSpanRole.KeyDiscovery).Select(i => PlanParts.TryDiscovery(i.Text, i.Line, out var d) ? d : d)];

    public static List<OpenQuestion> Questions(PlanDocument doc, IEnumerable<Block> blocks)
    {
        var questions = new List<OpenQuestion>();
        foreach (var list in blocks.OfType<ListBlock>())
        {
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var text = ConfirmationPrefix().Replace(PlanParts.StripCheckbox(doc.ItemText(item)), string.Empty).Trim();
                var context = item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).Select(doc.ItemText)
                    .Select(c => ContextPrefix().Replace(c, string.Empty).Trim());
                questions.Add(new OpenQuestion(text, string.Join(' ', context)) { SourceLine = doc.LineOf(item) });
            }
        }

        return questions;
    }

    private static void Collect(PlanDocument doc, ListBlock list, List<(string, int)> items)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            items.Add((PlanParts.StripCheckbox(doc.ItemText(item)), doc.LineOf(item)));
            foreach (var nested in item.OfType<ListBlock>())
            {
                Collect(doc, nested, items);
            }
        }
    }

    [GeneratedRegex(@"^(?:\*\*|__)?\[[^\[\]]*NEEDS[ _-]*CONFIRMATION[^\[\]]*\](?:\*\*|__)?\s*:?", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmationPrefix();

    [GeneratedRegex(@"^(?:\*\*|__)?context\s*:?(?:\*\*|__)?\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ContextPrefix();
}
