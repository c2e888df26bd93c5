using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP308: the spec covers both rollout and rollback, and its completeness audit lists what was checked.</summary>
internal sealed partial class SpecSafetyRule : LintRule
{
    public override string Id => "GP308";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "RolloutRollbackAudit";

    public override string Description => "The spec's Rollout & Rollback section covers both, and its Plan Completeness Audit lists what was checked.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout != PlanLayout.Spec)
        {
            yield break;
        }

        if (context.Outline.SectionByName("rollout & rollback") is { } rollout)
        {
            var text = Text(context, rollout);
            if (!Rollout().IsMatch(text))
            {
                yield return At(rollout.Line, "\"Rollout & Rollback\" does not say how the change goes out; add the rollout steps (order of deploy, migration, flags).", rollout.Text);
            }

            if (!Rollback().IsMatch(text))
            {
                yield return At(rollout.Line, "\"Rollout & Rollback\" does not say how to undo the change; add the rollback steps (revert, down-migration, data safety).", rollout.Text);
            }
        }

        if (context.Outline.SectionByName("plan completeness audit") is { } audit)
        {
            var (first, last) = context.Document.Section(audit);
            if (!context.Document.Items.Any(i => i.Line >= first && i.Line <= last && i.Text.Trim().Length > 0))
            {
                yield return At(audit.Line, "\"Plan Completeness Audit\" lists nothing; add one item per check made (paths verified, commands verified, tests named, rollback covered).", audit.Text);
            }
        }
    }

    private static string Text(LintContext context, Heading heading)
    {
        var (first, last) = context.Document.Section(heading);
        return string.Join('\n', Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(context.Document.Line));
    }

    [GeneratedRegex(@"\b(roll ?out|deploy\w*|release\w*|ship\w*|enable\w*|launch\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rollout();

    [GeneratedRegex(@"\b(roll ?back|revert\w*|undo\w*|roll back|down[- ]migration|disable\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rollback();
}
