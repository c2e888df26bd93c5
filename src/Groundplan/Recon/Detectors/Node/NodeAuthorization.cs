using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Permission checks: NestJS and Angular guards, role decorators, and the project's own can/authorize helpers (and require/assert/ensure/check ones named for roles or access) with call sites.</summary>
internal static partial class NodeAuthorization
{
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector, SourceFile[] code)
    {
        var guards = project.Matches(UseGuards(), code, "@UseGuards(").ToArray();
        if (guards.Length > 0)
        {
            var names = guards.SelectMany(g => g.Match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal);
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, "@UseGuards", $"NestJS guards: {string.Join(", ", names)} ({NodeFacts.Plural(guards.Length, "call site")})",
                guards.Take(NodeFacts.MaxEvidence).Select(g => project.At(g.File, g.Line)));
        }

        foreach (var (file, line, match) in project.Matches(GuardClass(), code, "CanActivate"))
        {
            var (framework, import) = GuardFramework(project, file);
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, match.Groups[1].Value, $"{framework} (CanActivate)", [project.At(file, line), import]);
        }

        var roles = project.Matches(RolesDecorator(), code, "@Roles(").ToArray();
        if (roles.Length > 0)
        {
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, "@Roles", $"role metadata decorator ({NodeFacts.Plural(roles.Length, "call site")})",
                roles.Take(NodeFacts.MaxEvidence).Select(r => project.At(r.File, r.Line)));
        }

        foreach (var (file, line, match) in project.Matches(Helper(), code, "export"))
        {
            var name = match.Groups[1].Value;
            if (!IsPermissionCheck(name))
            {
                continue;
            }

            var sites = CallSites(project, code, name, file, line);
            if (sites.Length > 0)
            {
                yield return NodeFacts.Found(detector, ReconTopic.Authorization, name, $"{name} helper in {file.Path} ({NodeFacts.Plural(sites.Length, "call site")})",
                    [project.At(file, line), .. sites.Take(2)]);
            }
        }
    }

    /// <summary>True for require/assert/ensure/check helpers that say they are about authentication, not permissions (checkAuth, requireUser).</summary>
    public static bool IsAuthenticationCheck(string name) => AuthenticationCheck().IsMatch(name);

    // can*/authorize* are permission checks by name; the other verbs are as often about arrays, versions or passwords.
    private static bool IsPermissionCheck(string name) =>
        name.StartsWith("can", StringComparison.Ordinal) || name.StartsWith("authorize", StringComparison.Ordinal)
        || PermissionWord().IsMatch(name) && !IsAuthenticationCheck(name);

    // The guard interface has the same name in Angular's router and NestJS; the module the file imports from tells which one it is.
    private static (string Framework, Evidence? Import) GuardFramework(NodeProject project, SourceFile file)
    {
        foreach (var (module, framework) in new[] { ("@angular/router", "Angular route guard"), ("@nestjs/common", "NestJS guard") })
        {
            if (project.Context.FirstLine(file, l => l.Contains("'" + module + "'", StringComparison.Ordinal) || l.Contains('"' + module + '"', StringComparison.Ordinal)) is { } import)
            {
                return (framework, import);
            }
        }

        return ("route guard", null);
    }

    /// <summary>Where <paramref name="name"/> is used (called or passed as middleware), other files first, imports excluded.</summary>
    public static Evidence[] CallSites(NodeProject project, SourceFile[] code, string name, SourceFile definedIn, int definedAt) =>
        project.Matches(new Regex(@"(?<![\w.])" + name + @"\b(?!\s*[:=])"), code, name)
            .Where(s => !(s.File == definedIn && s.Line == definedAt) && !Import().IsMatch(project.Context.Lines(s.File)[s.Line - 1]))
            .OrderBy(s => s.File == definedIn)
            .Select(s => project.At(s.File, s.Line))
            .ToArray();

    [GeneratedRegex(@"@UseGuards\(([^)]*(?:\([^)]*\))?[^)]*)\)")]
    private static partial Regex UseGuards();

    [GeneratedRegex(@"\bclass\s+(\w+)\s+implements\s+(?:\w+\s*,\s*)*CanActivate\b")]
    private static partial Regex GuardClass();

    [GeneratedRegex(@"^\s*@Roles\(")]
    private static partial Regex RolesDecorator();

    [GeneratedRegex(@"^export\s+(?:(?:async\s+)?function\s+|const\s+)((?:require|assert|ensure|authorize|can|check)[A-Z]\w*)\b")]
    private static partial Regex Helper();

    [GeneratedRegex(@"^(?:require|assert|ensure|check)\w*(?:Auth|Role|Permission|Access|Admin|Owner|Owns|Can[A-Z]|Allowed)")]
    private static partial Regex PermissionWord();

    [GeneratedRegex(@"^(?:require|assert|ensure|check)(?:Auth|Authenticated|Authentication|User|Session|Login|LoggedIn|SignedIn)$")]
    private static partial Regex AuthenticationCheck();

    [GeneratedRegex(@"^\s*import\b|^\s*\}\s*from\s|^\s*\w+,?\s*$")]
    private static partial Regex Import();
}
