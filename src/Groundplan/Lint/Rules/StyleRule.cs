using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>The spec's style rules: one pattern over the prose (code spans, fences and headings excluded), one finding per match.</summary>
internal abstract class StyleRule : LintRule
{
    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    protected abstract Regex Pattern { get; }

    protected abstract string Explain(string match);

    protected virtual bool Skip(string line) => false;

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Spec)
        {
            yield break;
        }

        var headings = context.Document.Headings.Select(h => h.Line).ToHashSet();
        for (var line = 1; line <= context.Document.LastContentLine; line++)
        {
            if (context.Document.InFence(line) || headings.Contains(line) || Skip(context.Document.Line(line)))
            {
                continue;
            }

            foreach (Match match in Pattern.Matches(context.Document.Prose(line)))
            {
                yield return At(line, Explain(match.Value), match.Value, match.Index + 1);
            }
        }
    }
}
