using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Languages and frameworks with their versions, from package.json and tsconfig.</summary>
internal sealed class NodeStackDetector : NodeDetector
{
    // Package name and how people call it; ordered as they are reported.
    private static readonly (string Package, string Display)[] Frameworks =
    [
        ("next", "Next.js"), ("react", "React"), ("@nestjs/core", "NestJS"), ("express", "Express"), ("fastify", "Fastify"),
        ("koa", "Koa"), ("hono", "Hono"), ("vue", "Vue"), ("nuxt", "Nuxt"), ("svelte", "Svelte"), ("@sveltejs/kit", "SvelteKit"),
        ("@remix-run/react", "Remix"), ("@angular/core", "Angular"), ("solid-js", "Solid"),
    ];

    public override string Id => "node.stack";


    public override IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.Framework, ReconTopic.Language, ReconTopic.Routing, ReconTopic.Workspace };

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        return [.. Languages(project), .. FrameworkFacts(project), .. NodeRouting.Facts(project, Id), .. NodeWorkspaces.Facts(project, Id)];
    }

    private IEnumerable<ReconFact> Languages(NodeProject project)
    {
        var tsconfig = project.Codebase.Find("tsconfig.json");
        foreach (var group in project.Dependencies("typescript").GroupBy(d => d.Version))
        {
            Evidence?[] evidence = [.. group.Select(d => d.Evidence), tsconfig is null ? null : project.At(tsconfig, 1)];
            // Name the language, value its version, as every language fact does; the share of plain JavaScript
            // is the cross-stack languages detector's to report, since no manifest states a JavaScript version.
            yield return NodeFacts.Found(Id, ReconTopic.Language, "typescript", group.Key, evidence);
        }
    }

    private IEnumerable<ReconFact> FrameworkFacts(NodeProject project)
    {
        foreach (var (package, display) in Frameworks)
        {
            foreach (var group in project.Dependencies(package).GroupBy(d => d.Version))
            {
                yield return NodeFacts.Found(Id, ReconTopic.Framework, package, $"{display} {group.Key}", group.Select(d => d.Evidence));
            }
        }
    }
}
