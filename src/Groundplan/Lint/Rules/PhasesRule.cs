using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Model.Plans;
using Groundplan.Parse;
using Groundplan.Render;

namespace Groundplan.Lint.Rules;

/// <summary>GP103: the checklist has the four standard phases in order; the blueprint has phases, each with Overview and Changes Required.</summary>
internal sealed class PhasesRule : LintRule
{
    private static readonly (PhaseKind Kind, string Title)[] Standard = [.. PhaseTitles.Standard.Select(k => (k, PhaseTitles.Canonical(k)))];

    public override string Id => "GP103";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "Phases";

    public override string Description => "The plan's phases are complete and in order (checklist: the four standard phases; blueprint: numbered phases with Overview and Changes Required).";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context) => context.Layout switch
    {
        PlanLayout.Checklist => Checklist(context),
        PlanLayout.Blueprint => Blueprint(context),
        _ => [],
    };

    private IEnumerable<LintFinding> Checklist(LintContext context)
    {
        var phases = context.Outline.Phases;
        var anchor = context.Document.Headings.FirstOrDefault()?.Line ?? 1;
        for (var i = 0; i < Standard.Length; i++)
        {
            var (kind, title) = Standard[i];
            var found = phases.FirstOrDefault(p => p.Kind == kind);
            if (found is null)
            {
                yield return At(anchor, $"The checklist has no \"Phase {i + 1}: {title}\"; add `#### Phase {i + 1}: {title}` with its tasks, or one step saying why the feature does not need it.", title);
                continue;
            }

            // Only the relative order matters here: a missing phase must not make every later one "out of order".
            if (found.Heading.Line < anchor)
            {
                yield return At(found.Heading.Line, $"\"{found.Heading.Text}\" comes before a phase that precedes it; the order is Data Layer & Schema, Backend Logic, Frontend Implementation, Testing and Validation.", found.Heading.Text);
            }

            anchor = Math.Max(anchor, found.Heading.Line);
        }

        foreach (var extra in phases.Where(p => p.Kind == PhaseKind.Other))
        {
            yield return At(extra.Heading.Line, $"\"{extra.Heading.Text}\" is not one of the four checklist phases; fold its tasks into Data Layer & Schema, Backend Logic, Frontend Implementation or Testing and Validation.", extra.Heading.Text);
        }
    }

    private IEnumerable<LintFinding> Blueprint(LintContext context)
    {
        var phases = context.Outline.Phases;
        if (phases.Count == 0)
        {
            yield return At(context.Document.Headings.FirstOrDefault()?.Line ?? 1, "The blueprint has no phases; add `## Phase 1: <name>` sections, each a testable milestone.");
            yield break;
        }

        foreach (var phase in phases.Where(p => !PlanBody.NotNeeded(context, p)))
        {
            var subsections = context.Document.Headings.Where(h => h.Line > phase.Heading.Line && h.Line <= phase.Last).Select(h => SectionNames.Normalize(h.Text)).ToHashSet(StringComparer.Ordinal);
            foreach (var required in new[] { "Overview", "Changes Required" })
            {
                if (!subsections.Contains(required.ToLowerInvariant()))
                {
                    yield return At(phase.Heading.Line, $"\"{phase.Heading.Text}\" has no \"{required}\" subsection; add `### {required}` under it.", phase.Heading.Text);
                }
            }
        }
    }
}
