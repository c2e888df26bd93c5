using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;
using Groundplan.Plan.Signatures;
using static Groundplan.Plan.Writers.Phases;

namespace Groundplan.Plan.Writers;

/// <summary>Phase 2: the operation beside its siblings, with the repo's auth check, validation and cache invalidation.</summary>
internal static class BackendWriter
{
    public static PlanPhase Write(PlanDraft draft, Layout layout, ISignatureWriter signatures)
    {
        var feature = draft.Feature;
        var stack = draft.Stack;
        var function = signatures.Function(feature.Action);
        var file = layout.Backend;
        var steps = new List<PlanStep>();
        if (file is null)
        {
            steps.Add(Assumption(draft, "the codebase shows no server actions, routes, controllers or services to place the operation beside; add it in the module the entry point loads."));
            draft.Ask($"Which file should hold `{function}`?", "no backend sibling was found");
        }
        else
        {
            var isNew = !draft.Exists(file);
            draft.Touch(file, isNew ? ChangeType.New : ChangeType.Edit, $"the `{function}` operation");
            var pattern = layout.Pattern is { } p ? $"`{p.Name}` (`{p.Path}:{p.StartLine}-{p.EndLine}`)" : $"`{layout.BackendSibling}`";
            steps.Add(Step(isNew
                ? $"Create `{file}` beside `{layout.BackendSibling}`, following {pattern}."
                : $"Open `{file}` and add `{function}` next to {pattern}, in the same style."));
            if (layout.Pattern is { } pat)
            {
                draft.Discover($"`{pat.Name}` is the operation to copy the shape of (arguments, auth, errors, return)", pat.Path, pat.StartLine, pat.EndLine);
            }
        }

        steps.Add(Step($"Write `{function}` with the signature below."));
        AuthSteps(draft, steps, file);
        if (stack.Validation is { } validation)
        {
            steps.Add(Step($"Validate the input with {FactPicker.Display(validation)} ({StackProfile.Cite(validation, validation.Evidence.Count > 1 ? 1 : 0)}) before touching the database; return the field errors the way the sibling does."));
        }
        else
        {
            steps.Add(Assumption(draft, "no validation library was found; validate the input by hand and reject bad values with a 400-style result."));
        }

        steps.AddRange(OperationText.Logic(feature, "the signed-in user").Select(Step));
        var signatureBlocks = new List<CodeBlock>();
        if (feature.Operations[0] == Operation.Toggle && feature.Targets.FirstOrDefault() is { } listed)
        {
            var list = signatures.Function("list " + Words.Plural(feature.NameWords));
            steps.Add(Step($"Add `{list}` returning the signed-in user's {feature.NameWords}ed `{listed.Name}` records, newest first, empty when there are none."));
            signatureBlocks.Add(signatures.Backend(new SignatureInput("list " + Words.Plural(feature.NameWords), listed.Singular, null, false, false, $"Lists the signed-in user's {Words.Plural(feature.NameWords)}.")));
        }

        CacheSteps(draft, steps);
        foreach (var registration in feature.Operations[0] == Operation.RateLimit ? [] : layout.Registrations)
        {
            draft.Touch(registration, ChangeType.Edit, $"register `{function}`");
            steps.Add(Step($"In `{registration}`, register the new handler next to the existing ones."));
        }

        var input = SignatureInput.Of(feature, OperationText.Goal(feature));
        draft.Contract(new PlanContract("request", function, $"Input of `{function}`: " + (input.TargetEntity is null ? "the validated form fields." : $"the `{input.TargetEntity}` id, validated."), null));
        draft.Contract(new PlanContract("response", function, feature.Operations[0] == Operation.Export ? "A `text/csv` attachment." : feature.Writes ? "Success with the new state, or the validation/permission error the sibling returns." : "The records, newest first; empty when there are none.", null));
        var task = new PlanTask
        {
            Title = $"Add `{function}`",
            Files = new[] { file }.Concat(feature.Operations[0] == Operation.RateLimit ? [] : layout.Registrations).OfType<string>().ToList(),
            Steps = steps,
            Signatures = [signatures.Backend(input), .. signatureBlocks],
            Responsibilities = Responsibilities(draft, layout),
            Context = Context(draft, layout),
            Notes = ["Check authorization on the server even when the UI hides the control."],
        };
        return new PlanPhase
        {
            Kind = PhaseKind.Backend,
            Title = Title(PhaseKind.Backend),
            Overview = $"`{function}` works end to end for an authorised user, refuses everyone else, and leaves no stale cache behind.",
            Tasks = [task, .. RelatedWriter.Task(draft, layout)],
            ValidationCommands = stack.TestCommand,
        };
    }

    private static void AuthSteps(PlanDraft draft, List<PlanStep> steps, string? file)
    {
        if (draft.Feature.Operations[0] == Operation.RateLimit)
        {
            steps.Add(Step("Keep the sign-in route public: the limiter runs before the credential check, for anonymous callers."));
            return;
        }

        var folder = file is null ? "\0" : PathRewriter.Folder(file);
        var authn = StackProfileReader.All(draft.Recon, ReconTopic.Authentication).Where(f => f.Status == FactStatus.Found)
            .OrderByDescending(f => (f.Evidence.Skip(1).Any(e => e.Path.StartsWith(folder, StringComparison.Ordinal)) ? 2 : 0)
                + (Guards.Any(g => f.Value.Contains(g, StringComparison.Ordinal)) ? 1 : 0))
            .ThenByDescending(StackProfileReader.CallSites)
            .FirstOrDefault();
        if (authn is not null)
        {
            steps.Add(Step($"Require a signed-in user first with {FactPicker.Code(authn)}, as at {FactPicker.UsedAt(authn)}; refuse anonymous callers."));
            draft.Discover($"Authentication: {authn.Value}", authn);
        }
        else
        {
            steps.Add(Assumption(draft, "the codebase shows no authentication; the operation is open to any caller unless an auth layer is added."));
            draft.Ask("Must this operation require a signed-in user, and how are users authenticated?", "recon found no authentication fact");
        }

        const string owner = "the signed-in user";
        var authz = FactPicker.Pick(draft, ReconTopic.Authorization);
        if (draft.Feature.NewEntity is { } own && draft.Feature.Actor is not null)
        {
            // The actor's own rows: ownership is the check; the target's edit permission does not apply.
            steps.Add(Step($"Scope every `{own.Name}` query to {owner}'s id from the session; never take a user id from the request."));
            if (authz is not null)
            {
                steps.Add(Step($"If the target needs a visibility rule, add it beside {FactPicker.Code(authz)} ({StackProfile.Cite(authz)}) rather than inline."));
                draft.Discover($"Authorization helpers live here: {authz.Value}", authz);
            }
        }
        else if (authz is not null)
        {
            steps.Add(Step($"Check permission with {FactPicker.Code(authz)} ({FactPicker.UsedAt(authz)}): {owner} may act only on records they own or may see."));
            draft.Discover($"Authorization: {authz.Value}", authz);
        }
        else
        {
            steps.Add(Assumption(draft, "no permission helper exists; check ownership inline (the record's owner id equals the signed-in user's id)."));
        }
    }

    private static readonly string[] Guards = ["check", "middleware", "concern", "guard", "before_action", "login_required", "Mixin"];

    private static void CacheSteps(PlanDraft draft, List<PlanStep> steps)
    {
        if (!draft.Feature.Writes)
        {
            steps.Add(Step("The operation only reads: no cache invalidation; reuse the existing read caching if the sibling uses it."));
            return;
        }

        var redis = draft.Stack.Caches.FirstOrDefault(c => c.Name.Contains("redis", StringComparison.OrdinalIgnoreCase) || c.Value.Contains("redis", StringComparison.OrdinalIgnoreCase));
        if (draft.Feature.Operations[0] == Operation.RateLimit && redis is not null && !draft.Feature.ChangesSchema)
        {
            steps.Add(Step($"Keep the counters in {FactPicker.Display(redis)} ({FactPicker.UsedAt(redis)}) under one key per identifier and per IP, with a 15-minute expiry set on the first increment; the counters are the only data the limiter writes, so no cached record needs invalidating."));
            return;
        }

        if (FactPicker.Pick(draft, ReconTopic.CacheInvalidation) is { } invalidation)
        {
            steps.Add(Step($"After every successful write, invalidate the affected entries with {FactPicker.Code(invalidation)}, as at {FactPicker.UsedAt(invalidation)} ({invalidation.Value})."));
            draft.Discover($"Cache invalidation after writes: {invalidation.Name} ({invalidation.Value})", invalidation);
        }
        else if (draft.Stack.Caches.Count > 0)
        {
            steps.Add(Assumption(draft, $"the cache `{draft.Stack.Caches[0].Name}` ({StackProfile.Cite(draft.Stack.Caches[0])}) has no invalidation call in the code; delete the keys that hold the changed records after the write."));
        }
        else
        {
            steps.Add(Step("No cache layer exists in the codebase, so there is nothing to invalidate after the write."));
        }
    }

    private static List<string> Responsibilities(PlanDraft draft, Layout layout)
    {
        var list = new List<string> { OperationText.Goal(draft.Feature) };
        if (layout.Pattern is { } p)
        {
            list.Add($"Pattern reference: follow `{p.Name}` at `{p.Path}:{p.StartLine}-{p.EndLine}` for argument parsing, errors and the return shape.");
        }

        return list;
    }

    private static List<string> Context(PlanDraft draft, Layout layout)
    {
        var context = new List<string>();
        if (layout.BackendSibling is { } sibling)
        {
            context.Add($"Sibling: `{sibling}`.");
        }

        context.AddRange(draft.Recon.About(ReconTopic.Routing).Take(1).Select(f => $"Routing: {f.Value} ({StackProfile.Cite(f)})."));
        return context;
    }
}
