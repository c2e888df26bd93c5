using Groundplan.Model.Plans;

namespace Groundplan.Render;

internal static partial class SpecRenderer
{
    private static void Contracts(MarkdownWriter md, IReadOnlyList<PlanContract> contracts)
    {
        if (contracts.Count == 0)
        {
            md.Line("None.").Blank();
            return;
        }

        foreach (var contract in contracts)
        {
            md.Heading(3, $"{contract.Name} ({contract.Kind})");
            md.Paragraph(contract.Description);
            if (contract.Shape is { } shape)
            {
                md.Fence(shape.Language, shape.Code);
            }
        }
    }

    private static void Tests(MarkdownWriter md, IReadOnlyList<PlanTest> tests)
    {
        foreach (var test in tests)
        {
            md.Heading(3, MarkdownText.Code(test.Path));
            md.Line("- **Status:** " + (test.IsNew ? "new" : "update"));
            md.Line("- **Kind:** " + MarkdownText.OneLine(test.Kind));
            if (test.Framework.Length > 0)
            {
                md.Line("- **Framework:** " + MarkdownText.OneLine(test.Framework));
            }

            Nested(md, "Tests", test.Names.Select(MarkdownText.Code));
            Nested(md, "Objectives", test.Objectives);
            Nested(md, "Scenarios", test.Scenarios);
            if (test.Pattern is not null)
            {
                md.Line("- **Pattern:** " + MarkdownText.Code(test.Pattern));
            }

            md.Blank();
        }
    }

    private static void Nested(MarkdownWriter md, string label, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        md.Line($"- **{label}:**");
        foreach (var item in list)
        {
            md.Line("  - " + MarkdownText.OneLine(item));
        }
    }
}
