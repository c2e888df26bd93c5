using System.Text.RegularExpressions;
using Groundplan.Model.Lint;
using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>
/// GP302: a plan that adds or changes a backend action includes the authorization check, or says in so many words
/// that the action is deliberately public (a sign-in rate limit runs for anonymous callers).
/// </summary>
internal sealed partial class AuthorizationRule : LintRule
{
    public override string Id => "GP302";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "BackendAuthorization";

    public override string Description => "A plan that adds or changes a backend action (server action, route handler, endpoint, controller) includes an authorization check.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var lines = PlanBody.Lines(context, p => p.Kind is PhaseKind.Backend or PhaseKind.Other).Where(l => !context.Document.InFence(l)).ToArray();
        var action = lines.FirstOrDefault(l => Action().IsMatch(context.Document.Prose(l)));
        var helpers = context.Index.FactsAbout(ReconTopic.Authorization).Concat(context.Index.FactsAbout(ReconTopic.Authentication)).Select(f => f.Name).ToArray();
        var all = PlanBody.WorkLines(context).ToArray();
        if (action == 0 || all.Any(l => AuthCheck().IsMatch(context.Document.Line(l)) || helpers.Any(h => Grounding.Identifier.Occurs(context.Document.Line(l), h))))
        {
            yield break;
        }

        var helper = context.Index.FactsAbout(ReconTopic.Authorization).OrderByDescending(f => f.Evidence.Count).FirstOrDefault();
        var example = helper is null ? "" : $", e.g. call `{helper.Name}()`{(helper.Evidence.Count > 0 ? $" from `{helper.Evidence[0].Path}`" : "")}";
        yield return At(action, $"This step adds a backend action but the plan has no authorization check; add a step that verifies the user may perform it (owner or role){example}, and rejects the request otherwise.", context.Document.Line(action).Trim());
    }

    [GeneratedRegex(@"\b(create|add|write|implement|define|expose|update|modify|extend|change)\b[^.]{0,60}\b(server actions?|actions?|endpoints?|route handlers?|handlers?|controllers?|mutations?|api routes?|resolvers?|views?|routes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Action();

    [GeneratedRegex(@"\b(authori[sz]\w*|permissions?|ownership|owner\w*|roles?|access control|forbidden|unauthori[sz]ed|403|401|policy|policies)\b|\b(their|its) own\b|\bonly\b[^.]{0,40}\b(can|may)\b|\bkeep\b[^.]{0,40}\bpublic\b|\b(anonymous|unauthenticated) callers?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthCheck();
}
