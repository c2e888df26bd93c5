using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>Go authentication (auth middleware, JWT and session libraries), authorization checks and validation, each with a call site.</summary>
internal sealed partial class GoSecurityDetector : IDetector
{
    private static readonly (string Module, string Name)[] AuthLibraries =
    [
        ("github.com/golang-jwt/jwt", "jwt"), ("github.com/lestrrat-go/jwx", "jwt"), ("github.com/gorilla/sessions", "sessions"),
        ("github.com/alexedwards/scs", "sessions"), ("golang.org/x/oauth2", "oauth2"),
    ];

    public string Id => "go.security";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var go = GoProject.Load(context);
        if (go is null)
        {
            yield break;
        }

        foreach (var (module, name) in AuthLibraries)
        {
            if (go.Require(module) is { } requirement)
            {
                yield return new ReconFact(ReconTopic.Authentication, name, $"{requirement.Module} {requirement.Version}",
                    FactStatus.Found, [requirement.Evidence], Id);
            }
        }

        var code = go.CodeFiles.ToArray();
        foreach (var (_, definition, match) in GoProject.Matches(context, LineMatches.Containing(code, "http.Handler", "gin.HandlerFunc", "echo.MiddlewareFunc", "fiber.Handler"), MiddlewareFunc()))
        {
            var name = match.Groups[1].Value;
            var isAuthz = AuthorizationName().IsMatch(name);
            if (!isAuthz && !AuthenticationName().IsMatch(name))
            {
                continue;
            }

            // The first place the code applies it is the call site a plan should imitate.
            var use = GoProject.Matches(context, LineMatches.Containing(code, name), new Regex(@"\b" + Regex.Escape(name) + @"\b[(),]"))
                .FirstOrDefault(m => m.Evidence != definition && !m.Evidence.Excerpt.StartsWith("func ", StringComparison.Ordinal));
            Evidence[] evidence = use.File is null ? [definition] : [use.Evidence, definition];
            yield return new ReconFact(isAuthz ? ReconTopic.Authorization : ReconTopic.Authentication, name,
                isAuthz ? "permission check middleware" : "authentication middleware", FactStatus.Found, evidence, Id);
        }

        if (go.Require("github.com/go-playground/validator") is { } validator)
        {
            var tag = GoProject.Matches(context, LineMatches.Containing(code, "validate:\""), ValidateTag()).FirstOrDefault();
            Evidence[] evidence = tag.File is null ? [validator.Evidence] : [validator.Evidence, tag.Evidence];
            yield return new ReconFact(ReconTopic.Validation, "go-playground/validator", $"{validator.Version} (validate struct tags)",
                FactStatus.Found, evidence, Id);
        }

        var binding = GoProject.Matches(context, LineMatches.Containing(code, "binding:\""), BindingTag()).FirstOrDefault();
        if (binding.File is not null && go.Require("github.com/gin-gonic/gin") is not null)
        {
            yield return new ReconFact(ReconTopic.Validation, "gin binding", "binding struct tags checked by ShouldBind",
                FactStatus.Found, [binding.Evidence], Id);
        }
    }

    // func Name(next http.Handler) http.Handler, func Name(role string) func(http.Handler) http.Handler, gin/echo/fiber handlers.
    [GeneratedRegex(@"^func\s+(?:\([^)]*\)\s+)?([A-Za-z]\w*)\([^)]*\)\s*(?:func\(http\.Handler\)\s*http\.Handler|http\.Handler|gin\.HandlerFunc|echo\.MiddlewareFunc|fiber\.Handler)\s*\{")]
    private static partial Regex MiddlewareFunc();

    [GeneratedRegex(@"Auth(?:enticat|Middleware|Required|$)|RequireUser|RequireLogin|Session|Jwt|JWT|Token", RegexOptions.IgnoreCase)]
    private static partial Regex AuthenticationName();

    [GeneratedRegex(@"Role|Permission|Authoriz|Admin|Policy|Can[A-Z]")]
    private static partial Regex AuthorizationName();

    [GeneratedRegex(@"`[^`]*validate:""[^""]+""")]
    private static partial Regex ValidateTag();

    [GeneratedRegex(@"`[^`]*binding:""[^""]+""")]
    private static partial Regex BindingTag();
}
