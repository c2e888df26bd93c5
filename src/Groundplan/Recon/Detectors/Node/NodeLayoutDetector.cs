using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Entry points (Next.js root layout and home page, NestFactory/listen bootstraps) and the role of the main folders.</summary>
internal sealed partial class NodeLayoutDetector : NodeDetector
{
    // Conventional folder names, looked for at a package's root and under its src/. No "db": common.directory-roles names it,
    // and in a Rails or Go repo with a package.json it holds migrations, not a database client.
    private static readonly (string Folder, string Role)[] Folders =
    [
        ("components", "UI components"), ("hooks", "React hooks"), ("store", "client state stores"), ("lib", "shared helpers"),
        ("actions", "server actions"), ("routes", "HTTP routers"), ("controllers", "controllers"), ("services", "services"),
        ("entities", "ORM entities"), ("models", "data models"), ("middleware", "middleware"), ("middlewares", "middleware"),
        ("validation", "validation schemas"), ("prisma", "Prisma schema and migrations"),
        ("migrations", "database migrations"), ("utils", "utilities"),
    ];

    public override string Id => "node.layout";


    public override IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.DirectoryRole, ReconTopic.EntryPoint };

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
                    yield return NodeFacts.Found(Id, ReconTopic.EntryPoint, file.Path, role, [FirstExport(project, file) ?? project.At(file, 1)]);
                }
            }

            if (next.AppDirectory is { } appDir && Role(project, appDir + "api/", "Next.js route handlers (API)") is { } api)
            {
                yield return api;
            }
        }
    }

    private IEnumerable<ReconFact> Bootstraps(NodeProject project)
    {
        var code = project.Sources.Where(f => !NodeTestFiles.IsTest(f.Path));
        foreach (var file in project.Matches(Listen(), code, ".listen(").GroupBy(m => m.File))
        {
            var nest = project.Context.FirstLine(file.Key, l => l.Contains("NestFactory.create", StringComparison.Ordinal));
            var listen = project.At(file.Key, file.First().Line);
            yield return NodeFacts.Found(Id, ReconTopic.EntryPoint, file.Key.Path, nest is null ? "HTTP server (listen)" : "NestJS bootstrap (NestFactory.create)", [nest, listen]);
        }
    }

    private IEnumerable<ReconFact> Roles(NodeProject project)
    {
        var bases = project.Manifests
            .SelectMany(m => new[] { m.Directory, m.Directory + "src/" }.Select(d => (Directory: d, Next: m.Dependency("next") is not null)))
            .DistinctBy(b => b.Directory);
        var apps = NextApp.Find(project).Select(n => n.AppDirectory).OfType<string>().ToArray();
        foreach (var (baseDir, next) in bases)
        {
            foreach (var (folder, label) in Folders)
            {
                // lib/ holds server-only modules in a Next.js app; in a Vite SPA or a Rails repo it is plain helpers.
                var role = folder == "lib" && next ? label + " and server-side modules" : label;
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

                if (Role(project, path, role) is { } fact)
                {
                    yield return fact;
                }
            }
        }

        foreach (var actions in apps.Select(a => Role(project, a + "actions/", "server actions")).OfType<ReconFact>())
        {
            yield return actions;
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

    // The evidence is the folder's first file that says something: an empty .keep shows nothing about the folder's role.
    private ReconFact? Role(NodeProject project, string folder, string role) =>
        project.FilesUnder(folder).OrderBy(f => NodeTestFiles.IsTest(f.Path)).Select(f => FirstExport(project, f)).OfType<Evidence>().FirstOrDefault() is { } line
            ? NodeFacts.Found(Id, ReconTopic.DirectoryRole, folder, role, [line])
            : null;

    private static Evidence? FirstExport(NodeProject project, SourceFile file) =>
        project.Context.FirstLine(file, l => l.StartsWith("export ", StringComparison.Ordinal)) ?? project.Context.FirstLine(file, l => !string.IsNullOrWhiteSpace(l));

    [GeneratedRegex(@"\b(?:app|server)\.listen\(")]
    private static partial Regex Listen();
}
