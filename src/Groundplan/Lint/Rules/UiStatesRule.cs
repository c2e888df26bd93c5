using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Model.Plans;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP303: UI work covers loading, error and empty states and accessibility.</summary>
internal sealed partial class UiStatesRule : LintRule
{
    public override string Id => "GP303";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "UiStates";

    public override string Description => "Plans with UI work cover loading, error and empty states and accessibility (semantic HTML, keyboard, ARIA).";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        int anchor;
        int[] lines;
        var frontend = context.Outline.Phases.FirstOrDefault(p => p.Kind == PhaseKind.Frontend);
        if (context.Layout == PlanLayout.Spec)
        {
            // A spec with phases says whether it has UI work the way the other layouts do: a frontend phase marked not needed.
            if (frontend is not null && PlanBody.NotNeeded(context, frontend))
            {
                yield break;
            }

            lines = PlanBody.Lines(context).ToArray();
            var ui = context.References.FirstOrDefault(r => r.Reading.Kind == SpanKind.Path && lines.Contains(r.Span.Line) && UiFile().IsMatch(r.Reading.Value));
            if (ui is null)
            {
                yield break;
            }

            anchor = ui.Span.Line;
            lines = Enumerable.Range(1, context.Document.Lines.Count).ToArray();
        }
        else
        {
            if (frontend is null || PlanBody.NotNeeded(context, frontend))
            {
                yield break;
            }

            anchor = frontend.Heading.Line;
            lines = PlanBody.Range((frontend.First, frontend.Last)).ToArray();
        }

        var text = string.Join('\n', lines.Select(context.Document.Line));
        (string Aspect, Regex Pattern, string Hint)[] aspects =
        [
            ("loading state", Loading(), "disable the control and show progress while the request runs"),
            ("error state", Error(), "show the failure message and let the user retry"),
            ("empty state", Empty(), "say what to do when there is nothing to show"),
            ("accessibility", Accessibility(), "semantic elements, keyboard operation, ARIA labels"),
        ];
        foreach (var (aspect, pattern, hint) in aspects.Where(a => !a.Pattern.IsMatch(text)))
        {
            yield return At(anchor, $"The UI work has no {aspect} step; add one ({hint}).", aspect);
        }
    }

    [GeneratedRegex(@"\.(tsx|jsx|vue|svelte|erb|haml|html|cshtml|razor)$|(^|/)(templates|components|views|pages)/")]
    private static partial Regex UiFile();

    [GeneratedRegex(@"\b(loading|pending|spinner|skeleton|isPending|in progress|in-flight|useFormStatus|Suspense)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Loading();

    [GeneratedRegex(@"\b(error|errors|failure|fails|failed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Error();

    [GeneratedRegex(@"\b(empty|no results|zero state|nothing to show|none yet|EmptyState)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Empty();

    [GeneratedRegex(@"\b(aria-?\w*|a11y|accessib\w*|keyboard|semantic|screen reader|focus|<button>|<label>|label)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Accessibility();
}
