using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Entry points (Next.js root layout and home page, NestFactory/listen bootstraps) and the role of the main folders.</summary>
internal sealed partial class NodeLayoutDetector : NodeDetector
{
    // Conventional folder names, looked for at a package's root and under its src/.
    private static readonly (string Folder, string Role)[] Folders =
    [
        ("components", "UI components"), ("hooks", "React hooks"), ("store", "client state stores"), ("lib", "shared helpers and server-side modules"),
        ("actions", "server actions"), ("routes", "HTTP routers"), ("controllers", "controllers"), ("services", "services"),
        ("entities", "ORM entities"), ("models", "data models"), ("middleware", "middleware"), ("middlewares", "middleware"),
        ("validation", "validation schemas"), ("db", "database client and schema"), ("prisma", "Prisma schema and migrations"),
        ("migrations", "database migrations"), ("utils", "utilities"),
    ];

    public override string Id => "node.layout";

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        return [.. NextEntries(project), .. Bootstraps(project), .. Roles(project), .. NestModules(project)];
    }

    private IEnumerable<ReconFact> NextEntries(NodeProject project)
    {
        foreach (var next in NextApp.Find(project))
        {
            var entries = next.AppDirectory is { } app
                ? new[] { (app + "layout", "Next.js root layout"), (app + "page", "Next.js home page") }
                : [(next.PagesDirectory + "_app", "Next.js custom App"), (next.PagesDirectory + "index", "Next.js home page")];
            foreach (var (stem, role) in entries)
            {
                if (new[] { ".tsx", ".jsx", ".js" }.Select(e => project.Codebase.Find(stem + e)).FirstOrDefault(f => f is not null) is { } file)
                {
                    yield return NodeFacts.Found(Id, ReconTopic.EntryPoint, file.Path, role, [FirstExport(project, file)]);
                }
            }

            if (next.AppDirectory is { } appDir && project.HasDirectory(appDir + "api/"))
            {
                yield return Role(project, appDir + "api/", "Next.js route handlers (API)");
            }
        }
    }

    private IEnumerable<ReconFact> Bootstraps(NodeProject project)
    {
        var code = project.Sources.Where(f => !NodeTestFiles.IsTest(f.Path));
        foreach (var file in project.Matches(Listen(), code).GroupBy(m => m.File))
        {
            var nest = project.Context.FirstLine(file.Key, l => l.Contains("NestFactory.create", StringComparison.Ordinal));
            var listen = project.At(file.Key, file.First().Line);
            yield return NodeFacts.Found(Id, ReconTopic.EntryPoint, file.Key.Path, nest is null ? "HTTP server (listen)" : "NestJS bootstrap (NestFactory.create)", [nest, listen]);
        }
    }

    private IEnumerable<ReconFact> Roles(NodeProject project)
    {
        var bases = project.Manifests.SelectMany(m => new[] { m.Directory, m.Directory + "src/" }).Distinct();
        var apps = NextApp.Find(project).Select(n => n.AppDirectory).OfType<string>().ToArray();
        foreach (var baseDir in bases)
        {
            foreach (var (folder, role) in Folders)
            {
                var path = baseDir + folder + "/";
                if (folder == "actions" && !project.FilesUnder(path).Any(f => f.Text.Contains("use server", StringComparison.Ordinal)))
                {
                    continue;
                }

                // src/prisma/ in NestJS apps holds the PrismaService, not the schema.
                if (folder == "prisma" && !project.FilesUnder(path).Any(f => f.Path.EndsWith(".prisma", StringComparison.Ordinal)))
                {
                    continue;
                }

                if (project.HasDirectory(path))
                {
                    yield return Role(project, path, role);
                }
            }
        }

        foreach (var actions in apps.Select(a => a + "actions/").Where(project.HasDirectory))
        {
            yield return Role(project, actions, "server actions");
        }
    }

    private IEnumerable<ReconFact> NestModules(NodeProject project)
    {
        if (project.Dependency("@nestjs/core") is null)
        {
            return [];
        }

        return project.Sources.Where(f => f.Path.EndsWith(".module.ts", StringComparison.Ordinal) && !f.Path.EndsWith("/app.module.ts", StringComparison.Ordinal))
            .Select(module =>
            {
                var folder = module.Path[..(module.Path.LastIndexOf('/') + 1)];
                var parts = new[] { "controller", "service", "guard", "strategy", "dto" }
                    .Where(kind => project.FilesUnder(folder).Any(f => f.Path.Contains("." + kind + ".", StringComparison.Ordinal) || f.Path.Contains("/" + kind + "/", StringComparison.Ordinal)));
                var line = project.Context.FirstLine(module, l => l.Contains("@Module(", StringComparison.Ordinal)) ?? project.At(module, 1);
                return NodeFacts.Found(Id, ReconTopic.DirectoryRole, folder, "NestJS feature module: " + string.Join(", ", ["module", .. parts]), [line]);
            });
    }

    private ReconFact Role(NodeProject project, string folder, string role) =>
        NodeFacts.Found(Id, ReconTopic.DirectoryRole, folder, role, [FirstExport(project, project.FilesUnder(folder).OrderBy(f => NodeTestFiles.IsTest(f.Path)).First())]);

    private static Evidence FirstExport(NodeProject project, SourceFile file) =>
        project.Context.FirstLine(file, l => l.StartsWith("export ", StringComparison.Ordinal)) ?? project.At(file, 1);

    [GeneratedRegex(@"\b(?:app|server)\.listen\(")]
    private static partial Regex Listen();
}
