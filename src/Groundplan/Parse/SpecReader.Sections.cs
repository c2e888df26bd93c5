using Groundplan.Model.Plans;
using Markdig.Syntax;
using CodeBlock = Groundplan.Model.Plans.CodeBlock;

namespace Groundplan.Parse;

internal sealed partial class SpecReader
{
    private List<PlanContract> Contracts(Section? section)
    {
        var contracts = new List<PlanContract>();
        foreach (var child in section?.Children(_blocks) ?? [])
        {
            var open = child.Text.LastIndexOf('(');
            var named = open > 0 && child.Text.EndsWith(')');
            var name = named ? child.Text[..open].Trim() : child.Text;
            var kind = named ? child.Text[(open + 1)..^1].Trim() : string.Empty;
            var body = child.All(_blocks).ToList();
            var description = string.Join(' ', body.OfType<ParagraphBlock>().Select(doc.Flat));
            var fence = body.OfType<FencedCodeBlock>().FirstOrDefault();
            if (fence is not null)
            {
                doc.MarkFence(fence, FenceRole.Contract);
            }

            var shape = fence is null ? null : new CodeBlock(fence.Info ?? string.Empty, PlanDocument.Code(fence));
            contracts.Add(new PlanContract(kind, name, description, shape) { SourceLine = doc.LineOf(child.Heading) });
        }

        return contracts;
    }

    private List<PlanTest> Tests(Section? section)
    {
        var tests = new List<PlanTest>();
        foreach (var child in section?.Children(_blocks) ?? [])
        {
            if (child.Key == "commands")
            {
                continue;
            }

            var fields = TestFields(child.All(_blocks));
            string Field(string key) => fields.FirstOrDefault(f => f.Key == key)?.Value ?? string.Empty;
            List<string> Items(string key) => [.. fields.Where(f => f.Key == key).SelectMany(f => f.Items.Select(i => i.Text))];
            var heading = child.Heading.Inline is null ? child.Text : doc.Flat(child.Heading).TrimStart('#').Trim();
            tests.Add(new PlanTest
            {
                Path = CodeSpanText.Whole(heading) ?? child.Text,
                IsNew = HeadingKey.Of(Field("status")) is "new" or "create" or "added",
                Kind = Field("kind"),
                Framework = Field("framework"),
                Names = [.. Items("tests").Select(t => CodeSpanText.Whole(t) ?? t)],
                Objectives = Items("objectives"),
                Scenarios = Items("scenarios"),
                Pattern = fields.Any(f => f.Key == "pattern") ? CodeSpanText.Whole(Field("pattern")) ?? Field("pattern") : null,
                SourceLine = doc.LineOf(child.Heading),
            });
        }

        return tests;
    }

    /// <summary>"- **Label:** value" items, each with its nested items.</summary>
    private List<LabelledField> TestFields(IEnumerable<Block> blocks)
    {
        var fields = new List<LabelledField>();
        foreach (var item in blocks.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
        {
            doc.Mark(item, CodeSpanRole.Signature);
            if (!LabelledFields.TryLabel(doc.ItemText(item), out var key, out var rest))
            {
                continue;
            }

            var field = new LabelledField(key, doc.LineOf(item));
            field.Values.Add(rest);
            foreach (var sub in item.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()))
            {
                field.Items.Add((doc.ItemText(sub), doc.LineOf(sub), sub));
            }

            fields.Add(field);
        }

        return fields;
    }
}
