using System.Text.Json;
using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Monorepo workspaces (package.json workspaces, pnpm-workspace.yaml) and the role of each package.</summary>
internal static partial class NodeWorkspaces
{
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector)
    {
        var globs = Globs(project).ToArray();
        foreach (var manifest in project.Manifests.Where(m => m.Directory.Length > 0))
        {
            var glob = globs.FirstOrDefault(g => Matches(g.Glob, manifest.Directory.TrimEnd('/')));
            if (glob.Evidence is null)
            {
                continue;
            }

            var nameLine = JsonLines.KeyLine(project.Context.Lines(manifest.File), null, "name");
            var role = Role(manifest);
            var value = manifest.Name is null ? role : $"{role} ({manifest.Name})";
            yield return NodeFacts.Found(detector, ReconTopic.Workspace, manifest.Directory, value, [project.At(manifest.File, nameLine + 1 is > 0 and var l ? l : 1), glob.Evidence]);
        }

        if (project.Codebase.Find("turbo.json") is { } turbo && Tasks(turbo.Text) is { Length: > 0 } tasks)
        {
            var line = project.Context.FirstLine(turbo, l => l.Contains("\"tasks\"", StringComparison.Ordinal) || l.Contains("\"pipeline\"", StringComparison.Ordinal));
            yield return NodeFacts.Found(detector, ReconTopic.Workspace, "turbo.json", "Turborepo tasks: " + string.Join(", ", tasks), [line ?? project.At(turbo, 1)]);
        }
    }

    /// <summary>True when a workspace declared at the repository root (package.json workspaces or pnpm-workspace.yaml) includes <paramref name="manifest"/>.</summary>
    public static bool Includes(NodeProject project, PackageManifest manifest) =>
        Globs(project).Any(g => Matches(g.Glob, manifest.Directory.TrimEnd('/')));

    private static string Role(PackageManifest manifest)
    {
        bool Has(string name) => manifest.Dependency(name) is not null;
        if (Has("next"))
        {
            return "Next.js app";
        }

        if (Has("@nestjs/core"))
        {
            return "NestJS API";
        }

        if (Has("express") || Has("fastify") || Has("hono"))
        {
            return "HTTP API";
        }

        if (Has("drizzle-orm") || Has("@prisma/client") || Has("typeorm"))
        {
            return "database package";
        }

        return Has("react") ? "React component package" : "library";
    }

    private static IEnumerable<(string Glob, Evidence? Evidence)> Globs(NodeProject project)
    {
        var root = project.Manifests[0];
        if (root.Directory.Length == 0)
        {
            var lines = project.Context.Lines(root.File);
            foreach (var glob in root.Workspaces)
            {
                var line = project.Context.FirstLine(root.File, l => l.Contains('"' + glob + '"', StringComparison.Ordinal));
                yield return (glob, line ?? project.At(root.File, JsonLines.KeyLine(lines, null, "workspaces") + 1));
            }
        }

        if (project.Codebase.Find("pnpm-workspace.yaml") is { } pnpm)
        {
            var lines = project.Context.Lines(pnpm);
            var inPackages = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Length > 0 && !char.IsWhiteSpace(lines[i][0]) && lines[i][0] != '-')
                {
                    inPackages = lines[i].StartsWith("packages:", StringComparison.Ordinal);
                }
                else if (inPackages && PnpmEntry().Match(lines[i]) is { Success: true } match)
                {
                    yield return (match.Groups[1].Value, project.At(pnpm, i + 1));
                }
            }
        }
    }

    private static bool Matches(string glob, string directory)
    {
        var pattern = "^" + Regex.Escape(glob.TrimEnd('/')).Replace(@"\*\*", ".*", StringComparison.Ordinal).Replace(@"\*", "[^/]+", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(directory, pattern);
    }

    private static string[] Tasks(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            return (root.TryGetProperty("tasks", out var tasks) || root.TryGetProperty("pipeline", out tasks)) && tasks.ValueKind == JsonValueKind.Object
                ? tasks.EnumerateObject().Select(p => p.Name).ToArray()
                : [];
        }
        catch (JsonException)
        {
            // A turbo.json recon cannot read says nothing about tasks; the workspaces above stand without it.
            return [];
        }
    }

    [GeneratedRegex(@"^\s*-\s+['""]?([^'""#\s]+)['""]?\s*$")]
    private static partial Regex PnpmEntry();
}
