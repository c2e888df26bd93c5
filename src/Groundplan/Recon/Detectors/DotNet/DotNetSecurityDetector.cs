using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>ASP.NET Core authentication schemes, authorization ([Authorize], policies, RequireAuthorization) and validation.</summary>
internal sealed partial class DotNetSecurityDetector : IDetector
{
    private static readonly (string Name, string Value, Regex Pattern, string Topic, string[] Required)[] Checks =
    [
        ("AddAuthentication", "authentication services", AddAuthentication(), ReconTopic.Authentication, [".AddAuthentication("]),
        ("AddJwtBearer", "JWT bearer tokens", AddJwtBearer(), ReconTopic.Authentication, [".AddJwtBearer("]),
        ("AddCookie", "cookie authentication", AddCookie(), ReconTopic.Authentication, [".AddCookie("]),
        ("Identity", "ASP.NET Core Identity", AddIdentity(), ReconTopic.Authentication, ["Identity"]),
        ("[Authorize]", "[Authorize] attribute on controllers, pages or actions", AuthorizeAttribute(), ReconTopic.Authorization, ["[Authorize"]),
        ("RequireAuthorization", "endpoint authorization with RequireAuthorization", RequireAuthorization(), ReconTopic.Authorization, [".RequireAuthorization("]),
        ("DataAnnotations", "attributes such as [Required] and [StringLength] on models", DataAnnotation(), ReconTopic.Validation,
            ["[Required", "[StringLength", "[MaxLength", "[MinLength", "[Range", "[EmailAddress", "[RegularExpression"]),
    ];

    public string Id => "dotnet.security";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var projects = DotNetProject.LoadAll(context);
        if (projects.Count == 0)
        {
            yield break;
        }

        var code = DotNetProject.HandWrittenCSharpFiles(context);
        foreach (var (name, value, pattern, topic, required) in Checks)
        {
            var lines = GoProject.Matches(context, LineMatches.Containing(code, required), pattern).Select(m => m.Evidence).ToArray();
            if (lines.Length > 0)
            {
                yield return new ReconFact(topic, name, value, FactStatus.Found, lines.Take(3).ToArray(), Id);
            }
        }

        foreach (var (file, evidence, match) in GoProject.Matches(context, LineMatches.Containing(code, ".AddPolicy("), AddPolicy()))
        {
            // Output caching and rate limiting have AddPolicy too; an authorization policy requires something.
            if (!context.Lines(file).Skip(evidence.Line - 1).Take(3).Any(l => l.Contains(".Require", StringComparison.Ordinal)))
            {
                continue;
            }

            // A policy is worth imitating together with the first place that requires it.
            var policy = match.Groups[1].Value;
            var use = GoProject.Matches(context, LineMatches.Containing(code, '"' + policy + '"'), new Regex(@"(?:Policy\s*=\s*|RequireAuthorization\()""" + Regex.Escape(policy) + @"""")).FirstOrDefault();
            Evidence[] cited = use.File is null ? [evidence] : [evidence, use.Evidence];
            yield return new ReconFact(ReconTopic.Authorization, "policy " + policy, "authorization policy", FactStatus.Found, cited, Id);
        }

        if (DotNetProject.Find(projects, "FluentValidation") is { } fluent)
        {
            var validator = GoProject.Matches(context, LineMatches.Containing(code, "AbstractValidator<"), FluentValidator()).FirstOrDefault();
            Evidence[] cited = validator.File is null ? [fluent.Evidence] : [fluent.Evidence, validator.Evidence];
            yield return new ReconFact(ReconTopic.Validation, "FluentValidation", fluent.Version + " (AbstractValidator<T> classes)", FactStatus.Found, cited, Id);
        }
    }

    [GeneratedRegex(@"\.AddAuthentication\(")]
    private static partial Regex AddAuthentication();

    [GeneratedRegex(@"\.AddJwtBearer\(")]
    private static partial Regex AddJwtBearer();

    [GeneratedRegex(@"\.AddCookie\(")]
    private static partial Regex AddCookie();

    [GeneratedRegex(@"\.Add(?:Default)?Identity(?:Core|ApiEndpoints)?\b")]
    private static partial Regex AddIdentity();

    [GeneratedRegex(@"^\s*\[Authorize\b")]
    private static partial Regex AuthorizeAttribute();

    [GeneratedRegex(@"\.RequireAuthorization\(")]
    private static partial Regex RequireAuthorization();

    [GeneratedRegex(@"\.AddPolicy\(\s*""([^""]+)""")]
    private static partial Regex AddPolicy();

    [GeneratedRegex(@"^\s*\[(?:Required|StringLength|MaxLength|MinLength|Range|EmailAddress|RegularExpression)\b")]
    private static partial Regex DataAnnotation();

    [GeneratedRegex(@":\s*AbstractValidator<")]
    private static partial Regex FluentValidator();
}
