using System.Text.RegularExpressions;

namespace Groundplan.Lint.Markdown;

/// <summary>Recognises a plan's layout from its title heading, then from its other headings.</summary>
internal static partial class LayoutDetector
{
    public static PlanLayout Detect(LintDocument document)
    {
        var title = document.Headings.FirstOrDefault();
        if (title is not null)
        {
            if (title.Text.StartsWith("Implementation Plan:", StringComparison.OrdinalIgnoreCase))
            {
                return PlanLayout.Checklist;
            }

            if (title.Text.StartsWith("Plan:", StringComparison.OrdinalIgnoreCase))
            {
                return PlanLayout.Spec;
            }

            if (title.Text.EndsWith("Implementation Plan", StringComparison.OrdinalIgnoreCase))
            {
                return PlanLayout.Blueprint;
            }
        }

        var names = document.Headings.Select(h => SectionNames.Normalize(h.Text)).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("impacted files & directories") || names.Contains("plan completeness audit") || names.Contains("rollout & rollback"))
        {
            return PlanLayout.Spec;
        }

        if (names.Contains("desired end state") || names.Contains("current state analysis") || names.Contains("what we're not doing"))
        {
            return PlanLayout.Blueprint;
        }

        return document.Items.Any(i => i.Box is not null) || document.Headings.Any(h => PhaseHeading().IsMatch(h.Text))
            ? PlanLayout.Checklist
            : PlanLayout.Spec;
    }

    [GeneratedRegex(@"^Phase\s+\d+\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PhaseHeading();
}
