using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;
using Groundplan.Plan.Signatures;
using static Groundplan.Plan.Writers.Phases;

namespace Groundplan.Plan.Writers;

/// <summary>Phase 3: the UI in the repo's component structure, with loading, error and empty states and accessibility.</summary>
internal static class FrontendWriter
{
    public static PlanPhase Write(PlanDraft draft, Layout layout, ISignatureWriter signatures)
    {
        var feature = draft.Feature;
        if (layout.Component is null && layout.Host is null)
        {
            return NotNeeded(PhaseKind.Frontend, "The codebase has no UI layer (no frontend framework or component folder); the feature is used through its API.");
        }

        if (feature.Operations[0] == Operation.RateLimit)
        {
            return NotNeeded(PhaseKind.Frontend, "The sign-in form already shows the error the action returns; the \"too many attempts\" message comes from the backend.");
        }

        var function = signatures.Function(feature.Action);
        var tasks = new List<PlanTask>();
        var steps = new List<PlanStep>();
        var componentName = layout.Component is null ? null : PathRewriter.Stem(layout.Component);
        if (layout.Component is { } component)
        {
            draft.Touch(component, ChangeType.New, $"the UI for `{function}`");
            steps.Add(Step(layout.UiPattern is { } p
                ? $"Create `{component}`, following `{p.Name}` (`{p.Path}:{p.StartLine}-{p.EndLine}`)."
                : $"Create `{component}` in the repo's view folder."));
            if (layout.UiPattern is { } pattern)
            {
                draft.Discover($"`{pattern.Name}` is the component pattern to follow", pattern.Path, pattern.StartLine, pattern.EndLine);
            }
        }

        steps.AddRange(Interaction(draft, function));
        steps.Add(Step("Loading: disable the control and set `aria-busy=\"true\"` while the request is pending, so a double click cannot send it twice."));
        steps.Add(Step("Error: show the returned message in an element with `role=\"alert\"` next to the control, and keep the user's input."));
        var records = feature.Subject is { } s ? $"`{s.Name}`" : "records";
        steps.Add(Step(feature.Operations.Contains(Operation.List) || feature.Operations[0] is Operation.Export or Operation.Filter
            ? $"Empty: when there are no {records} yet, show a short message saying how to add one instead of an empty list."
            : feature.Operations[0] switch
            {
                Operation.Toggle => $"Empty: where the signed-in user's {Words.Plural(feature.NameWords)} are listed, show a short message saying how to add one when there are none yet.",
                Operation.Flag or Operation.Delete => $"Empty: when the change leaves no {records} on the screen, show the screen's empty message instead of a blank list.",
                _ => $"Empty: when there are no {records} yet, show a short message saying how to add one instead of an empty list.",
            }));

        if (draft.Stack.UsesOptimisticUpdates)
        {
            steps.Add(Step("Update optimistically the way the codebase already does, and roll back with the error message if the server refuses."));
        }
        else if (feature.Writes)
        {
            steps.Add(Assumption(draft, "the codebase has no optimistic updates; re-render from the server's response instead of predicting it."));
        }

        steps.Add(Step("Accessibility: use semantic elements (`<button>`, `<a>`, `<ul>`, `<form>` with `<label>`), keep it reachable with Tab and operable with Enter and Space, keep a visible focus style, and give icon-only controls an `aria-label`."));
        tasks.Add(new PlanTask
        {
            Title = componentName is null ? $"Add the {feature.NameWords} controls" : $"Build `{componentName}`",
            Files = layout.Component is null ? [] : [layout.Component],
            Steps = steps,
            Responsibilities = [$"Calls `{function}` and renders its result; holds no business rules of its own."],
            Context = draft.Stack.Frontend.Select(f => $"{f.Name}: {f.Value} ({StackProfile.Cite(f)})").Concat(Css(draft)).ToList(),
        });

        if (layout.Host is { } host)
        {
            draft.Touch(host, ChangeType.Edit, $"shows the {feature.NameWords} controls");
            tasks.Add(new PlanTask
            {
                Title = $"Show it in `{host}`",
                Files = [host],
                Steps =
                [
                    Step($"Open `{host}`."),
                    .. HostSteps(feature, componentName),
                ],
            });
        }

        return new PlanPhase
        {
            Kind = PhaseKind.Frontend,
            Title = Title(PhaseKind.Frontend),
            Overview = "The user can use the feature from the existing screens with mouse and keyboard, and sees loading, error and empty states.",
            Tasks = tasks,
            ValidationCommands = StackProfile.PhaseCommands(draft.Stack.ValidationCommands, c => c.Contains("lint", StringComparison.Ordinal) || c.Contains("typecheck", StringComparison.Ordinal)),
        };
    }

    private static IEnumerable<PlanStep> HostSteps(Feature feature, string? componentName)
    {
        var what = componentName is null ? $"the {feature.NameWords} control" : $"`{componentName}`";
        if (feature.Operations[0] is Operation.Toggle or Operation.Flag or Operation.Delete)
        {
            yield return Step($"Render {what} next to each record it applies to, passing the record's id and current state.");
            yield return Step("Load the current state with the page's existing data query, not with an extra request per row.");
        }
        else
        {
            yield return Step($"Render {what} once, beside the page's heading, passing the current filters so it acts on what the user sees.");
        }
    }

    private static IEnumerable<PlanStep> Interaction(PlanDraft draft, string function)
    {
        var frontend = draft.Stack.Frontend.Select(f => f.Name).ToList();
        var op = draft.Feature.Operations[0];
        if (frontend.Contains("htmx"))
        {
            yield return Step($"Trigger `{function}` with an `hx-post` (or `hx-get` for reads) on the control and swap the returned fragment in place.");
        }
        else if (frontend.Contains("turbo"))
        {
            yield return Step($"Submit with `button_to` so Turbo updates the page in place; respond with a Turbo Stream that replaces the control.");
        }
        else if (op == Operation.Export)
        {
            yield return Step($"Add a link (`<a href=... download>`) to the `{function}` endpoint; it needs no client state.");
        }
        else
        {
            yield return Step($"Call `{function}` from the control's handler (a client component: `\"use client\"` when the repo uses React Server Components), keeping the pending state with `useTransition` or `useActionState`.");
        }

        if (op == Operation.Toggle)
        {
            yield return Step("Render a `<button type=\"button\">` whose `aria-pressed` reflects the current state and whose label says what pressing it does.");
        }
    }

    private static IEnumerable<string> Css(PlanDraft draft) =>
        draft.Recon.About(ReconTopic.Css).Take(1).Select(f => $"Style with {f.Value} as the sibling components do ({StackProfile.Cite(f)}).");
}
