using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP104: checklist items are checkboxes, tasks are bold numbered titles, steps sit under a task.</summary>
internal sealed class ChecklistSyntaxRule : LintRule
{
    public override string Id => "GP104";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "ChecklistSyntax";

    public override string Description => "Every checklist item is a `- [ ]` checkbox; tasks are `**N.M. Name**` with their steps nested under them.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Checklist)
        {
            yield break;
        }

        foreach (var phase in context.Outline.Phases)
        {
            ListItem? task = null;
            foreach (var item in context.Document.Items.Where(i => i.Line > phase.Heading.Line && i.Line <= phase.Last))
            {
                if (item.Box is null)
                {
                    yield return At(item.Line, $"\"{Short(item.Text)}\" is a list item without a checkbox; write it as `- [ ] {Short(item.Text)}`.", item.Text, item.TextColumn);
                    continue;
                }

                if (PlanOutline.IsTaskTitle(item))
                {
                    task = item;
                    if (!item.Text.TrimEnd().EndsWith("**", StringComparison.Ordinal))
                    {
                        yield return At(item.Line, $"The task title \"{Short(item.Text)}\" is not wholly bold; write it as `**N.M. Task name**` with nothing after it.", item.Text, item.TextColumn);
                    }

                    continue;
                }

                if (task is null || item.Indent <= task.Indent)
                {
                    yield return At(item.Line, $"The step \"{Short(item.Text)}\" is not under a task; nest it below a `- [ ] **N.M. Task name**` item.", item.Text, item.TextColumn);
                }
            }
        }
    }

    private static string Short(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
