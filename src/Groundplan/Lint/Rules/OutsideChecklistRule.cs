using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP110: a checklist plan is the block alone: no text before its title or after its last phase's items.</summary>
internal sealed class OutsideChecklistRule : LintRule
{
    public override string Id => "GP110";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "NothingOutsideChecklist";

    public override string Description => "A checklist plan has no conversational text before its title or after its last phase.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Checklist)
        {
            yield break;
        }

        var document = context.Document;
        var lines = document.Lines;
        var start = document.Wrapper?.Start ?? 0;
        var title = document.Headings.FirstOrDefault();
        var firstText = Enumerable.Range(start + 1, Math.Max(0, lines.Count - start)).FirstOrDefault(l => lines[l - 1].Trim().Length > 0);
        if (title is not null && firstText > 0 && firstText < title.Line)
        {
            yield return At(firstText, $"\"{Short(lines[firstText - 1].Trim())}\" comes before the plan's title; the checklist must start with its `### Implementation Plan:` heading, so remove it.", lines[firstText - 1].Trim());
        }

        if (document.Wrapper is { } wrapper && Enumerable.Range(wrapper.End + 1, lines.Count - wrapper.End).FirstOrDefault(l => lines[l - 1].Trim().Length > 0) is var after and > 0)
        {
            yield return At(after, $"\"{Short(lines[after - 1].Trim())}\" comes after the plan's block; remove it.", lines[after - 1].Trim());
        }

        var last = context.Outline.Phases.LastOrDefault();
        if (last is null)
        {
            yield break;
        }

        var lastItem = document.Items.LastOrDefault(i => i.Line > last.Heading.Line && i.Line <= last.Last);
        var from = lastItem?.Line ?? last.Heading.Line;
        for (var line = from + 1; line <= document.LastContentLine; line++)
        {
            var text = lines[line - 1];
            // Indented lines continue the last item; anything else at the margin is text after the checklist.
            if (text.Trim().Length == 0 || char.IsWhiteSpace(text[0]) || document.InFence(line))
            {
                continue;
            }

            yield return At(line, $"\"{Short(text.Trim())}\" comes after the checklist's last item; the plan must end with its last step, so remove it.", text.Trim());
            yield break;
        }
    }

    private static string Short(string text) => text.Length > 60 ? text[..57] + "..." : text;
}
