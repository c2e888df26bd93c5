using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP105: phases are numbered 1, 2, 3...; checklist tasks N.1, N.2... inside phase N.</summary>
internal sealed partial class NumberingRule : LintRule
{
    public override string Id => "GP105";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "Numbering";

    public override string Description => "Phases are numbered from 1 without gaps, and checklist tasks N.M match their phase N and count up from 1.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var phases = context.Outline.Phases;
        for (var i = 0; i < phases.Count; i++)
        {
            if (phases[i].Number != i + 1)
            {
                yield return At(phases[i].Heading.Line, $"\"{phases[i].Heading.Text}\" is numbered {phases[i].Number} but is phase {i + 1}; renumber it \"Phase {i + 1}\".", phases[i].Heading.Text);
            }
        }

        if (context.Layout != PlanLayout.Checklist)
        {
            yield break;
        }

        for (var i = 0; i < phases.Count; i++)
        {
            var expected = 1;
            foreach (var task in context.Outline.Tasks.Where(t => t.Line > phases[i].Heading.Line && t.Line <= phases[i].Last))
            {
                var match = TaskNumber().Match(task.Text);
                var number = match.Groups["n"].Value;
                var want = $"{phases[i].Number}.{expected}";
                if (number != want)
                {
                    yield return At(task.Line, $"The task numbered \"{number}\" should be \"{want}\" (task {expected} of phase {phases[i].Number}); renumber it.", number, task.TextColumn + 2);
                }

                expected++;
            }
        }
    }

    [GeneratedRegex(@"^\*\*\s*(?<n>\d+(\.\d+)*)\.?\s")]
    private static partial Regex TaskNumber();
}
