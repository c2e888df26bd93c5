using Groundplan.Lint.Markdown;
using Groundplan.Model.Plans;

namespace Groundplan.Lint.Rules;

/// <summary>The lines rules about the work read: the phases (checklist, blueprint) or the spec's implementation plan.</summary>
internal static class PlanBody
{
    public static IEnumerable<int> Lines(LintContext context, Func<PhaseSection, bool>? phase = null)
    {
        if (context.Layout == PlanLayout.Spec)
        {
            return context.Outline.Lines("implementation plan") is { } body ? Range(body) : [];
        }

        return context.Outline.Phases.Where(p => phase is null || phase(p)).SelectMany(p => Range((p.Heading.Line, p.Last)));
    }

    /// <summary>Every line outside fences except the phases and sections about testing.</summary>
    public static IEnumerable<int> WorkLines(LintContext context) =>
        Lines(context, p => p.Kind != PhaseKind.Testing).Where(l => !context.Document.InFence(l));

    public static IEnumerable<int> Range((int First, int Last) lines) => Enumerable.Range(lines.First, Math.Max(0, lines.Last - lines.First + 1));

    public static bool NotNeeded(LintContext context, PhaseSection phase) =>
        Range((phase.Heading.Line, phase.Last)).Any(l => System.Text.RegularExpressions.Regex.IsMatch(context.Document.Line(l), @"\b(not needed|no changes|nothing to do|does not need|not required|n/a)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
}
