using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP307: each checklist step is one concrete action that names a file, symbol or command.</summary>
internal sealed partial class ConcreteStepsRule : LintRule
{
    public override string Id => "GP307";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "ConcreteSteps";

    public override string Description => "Each checklist step is one concrete action naming a file, symbol or command in backticks; no vague steps like \"Implement the backend\".";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Checklist)
        {
            yield break;
        }

        foreach (var step in context.Outline.StepItems.Where(s => s.Box is not null))
        {
            var text = step.Text.Trim();
            if (text.StartsWith("ASSUMPTION:", StringComparison.Ordinal) || NotNeeded().IsMatch(text))
            {
                continue;
            }

            if (Vague().IsMatch(text))
            {
                yield return At(step.Line, $"\"{text}\" is too vague to execute; split it into concrete actions that each name a file, function or command.", text, step.TextColumn);
            }
            else if (!context.Document.SpansOn(step.Line).Any() && !TaskNamesSomething(context, step))
            {
                yield return At(step.Line, $"\"{Short(text)}\" names no file, symbol or command; put the exact path, symbol or command in backticks.", text, step.TextColumn);
            }
        }
    }

    // A step may lean on its task's other steps for the file ("Handle the loading state by disabling the button");
    // a task none of whose steps names a file, symbol or command cannot be executed.
    private static bool TaskNamesSomething(LintContext context, ListItem step)
    {
        var task = context.Outline.Tasks.LastOrDefault(t => t.Line < step.Line);
        var next = context.Outline.Tasks.FirstOrDefault(t => t.Line > step.Line)?.Line ?? (context.Outline.PhaseAt(step.Line)?.Last ?? step.Line) + 1;
        var end = Math.Min(next - 1, context.Outline.PhaseAt(step.Line)?.Last ?? next - 1);
        return task is not null && context.Outline.StepItems.Any(s => s.Line > task.Line && s.Line <= end && s.Line != step.Line && context.Document.SpansOn(s.Line).Any());
    }

    private static string Short(string text) => text.Length > 70 ? text[..67] + "..." : text;

    [GeneratedRegex(@"^(implement|build|create|add|update|handle|write|do|finish|complete|set up)\s+(the\s+|all\s+)?(backend|frontend|ui|logic|feature|tests?|api|everything|rest|changes|functionality)\b\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Vague();

    [GeneratedRegex(@"\b(not needed|no changes|nothing to do|does not need)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNeeded();
}
