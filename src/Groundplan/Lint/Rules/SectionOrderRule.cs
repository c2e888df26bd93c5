using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP102: the required sections come in the format's order.</summary>
internal sealed class SectionOrderRule : LintRule
{
    public override string Id => "GP102";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "SectionOrder";

    public override string Description => "The required sections appear in the order the format defines.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var maxLevel = context.Layout == PlanLayout.Blueprint ? 3 : 2;
        var present = RequiredSections.For(context.Layout)
            .Select(s => (s.Heading, Found: RequiredSections.Find(context.Document, s.Names, maxLevel)))
            .Where(s => s.Found is not null)
            .ToArray();
        var latest = (Heading: "", Line: 0);
        foreach (var (heading, found) in present)
        {
            if (found!.Line < latest.Line)
            {
                yield return At(found.Line, $"\"{found.Text}\" comes after \"{latest.Heading}\" (line {latest.Line}); move it before \"{latest.Heading}\", the {context.Format} format's order.", found.Text);
                continue;
            }

            latest = (heading, found.Line);
        }

        if (context.Layout == PlanLayout.Blueprint && context.Outline.Phases.FirstOrDefault() is { } firstPhase)
        {
            foreach (var (heading, found) in present.Where(p => p.Found!.Line > firstPhase.Heading.Line && p.Heading != "Overview"))
            {
                yield return At(found!.Line, $"\"{found.Text}\" sits after the first phase (line {firstPhase.Heading.Line}); move it above the phases.", found.Text);
            }
        }
    }
}
