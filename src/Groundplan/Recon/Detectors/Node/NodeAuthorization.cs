using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Permission checks: NestJS guards and role decorators, and the project's own require/assert/can helpers with call sites.</summary>
internal static partial class NodeAuthorization
{
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector, SourceFile[] code)
    {
        var guards = project.Matches(UseGuards(), code).ToArray();
        if (guards.Length > 0)
        {
            var names = guards.SelectMany(g => g.Match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal);
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, "@UseGuards", $"NestJS guards: {string.Join(", ", names)} ({NodeFacts.Plural(guards.Length, "call site")})",
                guards.Take(NodeFacts.MaxEvidence).Select(g => project.At(g.File, g.Line)));
        }

        foreach (var (file, line, match) in project.Matches(GuardClass(), code))
        {
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, match.Groups[1].Value, "NestJS guard (CanActivate)", [project.At(file, line)]);
        }

        var roles = project.Matches(RolesDecorator(), code).ToArray();
        if (roles.Length > 0)
        {
            yield return NodeFacts.Found(detector, ReconTopic.Authorization, "@Roles", $"role metadata decorator ({NodeFacts.Plural(roles.Length, "call site")})",
                roles.Take(NodeFacts.MaxEvidence).Select(r => project.At(r.File, r.Line)));
        }

        foreach (var (file, line, match) in project.Matches(Helper(), code))
        {
            var name = match.Groups[1].Value;
            var sites = CallSites(project, code, name, file, line);
            if (sites.Length > 0)
            {
                yield return NodeFacts.Found(detector, ReconTopic.Authorization, name, $"{name} helper in {file.Path} ({NodeFacts.Plural(sites.Length, "call site")})",
                    [project.At(file, line), .. sites.Take(2)]);
            }
        }
    }

    /// <summary>Where <paramref name="name"/> is used (called or passed as middleware), other files first, imports excluded.</summary>
    public static Evidence[] CallSites(NodeProject project, SourceFile[] code, string name, SourceFile definedIn, int definedAt) =>
        project.Matches(new Regex(@"(?<![\w.])" + name + @"\b(?!\s*[:=])"), code)
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

    [GeneratedRegex(@"^\s*import\b|^\s*\}\s*from\s|^\s*\w+,?\s*$")]
    private static partial Regex Import();
}
