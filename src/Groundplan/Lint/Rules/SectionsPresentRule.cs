using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP101: the format's title and required sections are present.</summary>
internal sealed class SectionsPresentRule : LintRule
{
    public override string Id => "GP101";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "RequiredSections";

    public override string Description => "The plan has its format's title and every required section.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var document = context.Document;
        var title = document.Headings.FirstOrDefault();
        var expected = context.Layout switch
        {
            PlanLayout.Checklist => "### Implementation Plan: <Feature title>",
            PlanLayout.Spec => "# Plan: <Feature Name> (<feat-name>)",
            _ => "# <Feature Name> Implementation Plan",
        };
        var titleOk = title is not null && context.Layout switch
        {
            PlanLayout.Checklist => title.Text.StartsWith("Implementation Plan:", StringComparison.Ordinal) && title.Text.Length > "Implementation Plan:".Length,
            PlanLayout.Spec => title.Text.StartsWith("Plan:", StringComparison.Ordinal) && title.Text.TrimEnd().EndsWith(')'),
            _ => title.Text.EndsWith("Implementation Plan", StringComparison.Ordinal) && title.Text.Length > "Implementation Plan".Length,
        };
        if (!titleOk)
        {
            yield return title is null
                ? At(1, $"The plan has no title heading; start it with `{expected}`.")
                : At(title.Line, $"The title \"{title.Text}\" does not follow the {context.Format} format; write it as `{expected}`.", title.Text);
        }

        var previous = title?.Text ?? "the title";
        var previousLine = title?.Line ?? 1;
        var maxLevel = context.Layout == PlanLayout.Blueprint ? 3 : 2;
        foreach (var (heading, names, optional) in RequiredSections.For(context.Layout))
        {
            var found = RequiredSections.Find(document, names, maxLevel);
            if (found is not null)
            {
                previous = heading;
                previousLine = found.Line;
                continue;
            }

            if (!optional)
            {
                var level = heading == "Key Discoveries" ? "###" : "##";
                yield return At(previousLine, $"The {context.Format} has no \"{heading}\" section; add `{level} {heading}` after \"{previous}\".", heading);
            }
        }
    }
}
