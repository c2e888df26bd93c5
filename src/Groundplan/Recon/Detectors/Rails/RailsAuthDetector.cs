using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>How a Rails app authenticates (Devise, the Rails 8 concern, has_secure_password, current_user) and authorizes (Pundit, CanCanCan, filters), and how it validates input.</summary>
internal sealed partial class RailsAuthDetector : IDetector
{
    public string Id => "rails.auth";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (RailsApp.Find(context) is not { } app)
        {
            return [];
        }

        var controllers = app.Files("app/controllers/", ".rb").ToArray();
        var models = app.Files("app/models/", ".rb").ToArray();
        var facts = new List<ReconFact>();
        void Add(string topic, string name, string value, params Evidence?[] evidence)
        {
            if (evidence.Any(e => e is not null))
            {
                facts.Add(app.Fact(topic, name, value, Id, evidence));
            }
        }

        Evidence? First(IEnumerable<Model.SourceFile> files, Regex pattern) => app.Grep(files, pattern).Select(h => h.Evidence).FirstOrDefault();

        if (app.Gem("devise") is { } devise)
        {
            Add(ReconTopic.Authentication, "devise", "Devise: before_action :authenticate_user!", devise, First(controllers, AuthenticateUser()));
        }

        if (context.Codebase.Find("app/controllers/concerns/authentication.rb") is { } concern
            && context.FirstLine(concern, l => l.Contains("before_action :require_authentication", StringComparison.Ordinal)) is { } required)
        {
            Add(ReconTopic.Authentication, "authentication-concern", "Authentication concern: before_action :require_authentication, allow_unauthenticated_access to skip",
                required, First(controllers, AllowUnauthenticated()));
        }

        Add(ReconTopic.Authentication, "has_secure_password", "has_secure_password (bcrypt)", First(models, SecurePassword()));
        Add(ReconTopic.Authentication, "current_user", "current_user helper", First(controllers, CurrentUserDef()));
        Add(ReconTopic.Authentication, "Current.user", "Current.user (ActiveSupport::CurrentAttributes)", First(app.Files("app/", ".rb"), CurrentUser()));

        if (app.Gem("pundit") is { } pundit)
        {
            var policy = app.Files("app/policies/", "_policy.rb").FirstOrDefault();
            Add(ReconTopic.Authorization, "pundit", "Pundit: authorize @record in controllers, app/policies/*_policy.rb", First(controllers, PunditAuthorize()),
                pundit, policy is null ? null : context.At(policy, 1));
        }

        if (app.Gem("cancancan") is { } cancan)
        {
            var ability = context.Codebase.Find("app/models/ability.rb");
            Add(ReconTopic.Authorization, "cancancan", "CanCanCan: authorize! / load_and_authorize_resource, app/models/ability.rb", First(controllers, CanCanAuthorize()),
                cancan, ability is null ? null : context.At(ability, 1));
        }

        foreach (var filter in app.Grep(controllers, GuardFilter()).GroupBy(h => h.Match.Groups[1].Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Add(ReconTopic.Authorization, "before_action :" + filter.Key, "before_action filter", filter.First().Evidence);
        }

        Add(ReconTopic.Validation, "activemodel", "ActiveModel validations (validates)", First(models, Validates()));
        Add(ReconTopic.Validation, "strong-parameters", "strong parameters (params.require(...).permit / params.expect)", First(controllers, StrongParams()));
        return facts;
    }

    [GeneratedRegex(@"before_action\s+:authenticate_\w+!")]
    private static partial Regex AuthenticateUser();

    [GeneratedRegex(@"^\s*allow_unauthenticated_access\b")]
    private static partial Regex AllowUnauthenticated();

    [GeneratedRegex(@"^\s*has_secure_password\b")]
    private static partial Regex SecurePassword();

    [GeneratedRegex(@"^\s*def\s+current_user\b")]
    private static partial Regex CurrentUserDef();

    [GeneratedRegex(@"\bCurrent\.user\b")]
    private static partial Regex CurrentUser();

    [GeneratedRegex(@"^\s*authorize\s+[@:\w]")]
    private static partial Regex PunditAuthorize();

    [GeneratedRegex(@"\b(?:authorize!|load_and_authorize_resource)")]
    private static partial Regex CanCanAuthorize();

    [GeneratedRegex(@"^\s*before_action\s+:((?:require|ensure|check|verify|authorize)_\w*(?:admin|owner|role|permission|authoriz)\w*!?|\w*admin\w*!?)")]
    private static partial Regex GuardFilter();

    [GeneratedRegex(@"^\s*(?:validates|validate|validates_\w+)\s+:")]
    private static partial Regex Validates();

    [GeneratedRegex(@"\bparams\.(?:require\([^)]*\)\.permit|expect)\(")]
    private static partial Regex StrongParams();
}
