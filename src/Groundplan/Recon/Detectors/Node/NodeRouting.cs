using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>The routing style: Next.js App or Pages Router, Express routers, NestJS controllers.</summary>
internal static partial class NodeRouting
{
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector)
    {
        foreach (var next in NextApp.Find(project))
        {
            if (next.AppDirectory is { } app)
            {
                var files = project.FilesUnder(app).Where(NextApp.IsAppRouterFile).ToArray();
                var pages = files.Where(f => NextApp.SpecialFile(f.Path) == "page").OrderBy(f => f.Path.Count(c => c == '/')).ToArray();
                var routes = files.Where(f => NextApp.SpecialFile(f.Path) == "route").OrderBy(f => f.Path.Count(c => c == '/')).ToArray();
                var layout = files.FirstOrDefault(f => f.Path == app + "layout.tsx" || f.Path == app + "layout.jsx" || f.Path == app + "layout.js");
                Evidence?[] evidence = [FirstExport(project, layout), FirstExport(project, pages.FirstOrDefault()), FirstExport(project, routes.FirstOrDefault())];
                yield return NodeFacts.Found(detector, ReconTopic.Routing, app,
                    $"Next.js App Router ({NodeFacts.Plural(pages.Length, "page")}, {NodeFacts.Plural(routes.Length, "route handler")})", evidence);
            }

            if (next.PagesDirectory is { } pagesDir)
            {
                var files = project.FilesUnder(pagesDir).Where(f => NextApp.IsScript(f.Path)).ToArray();
                yield return NodeFacts.Found(detector, ReconTopic.Routing, pagesDir,
                    $"Next.js Pages Router ({NodeFacts.Plural(files.Length, "file")})", files.Take(NodeFacts.MaxEvidence).Select(f => FirstExport(project, f)));
            }
        }

        var expressFiles = project.Sources.Where(f => ImportsExpress().IsMatch(f.Text)).ToArray();
        var routers = project.Matches(ExpressRouter(), expressFiles).ToArray();
        if (routers.Length > 0)
        {
            var mounts = project.Matches(ExpressMount(), expressFiles).Select(m => project.At(m.File, m.Line));
            yield return NodeFacts.Found(detector, ReconTopic.Routing, "express", $"Express routers ({NodeFacts.Plural(routers.Length, "router")}, mounted with app.use)",
                [.. routers.Take(2).Select(m => project.At(m.File, m.Line)), .. mounts.Take(1)]);
        }

        var controllers = project.Matches(NestController(), project.Sources, "@Controller(").ToArray();
        if (controllers.Length > 0)
        {
            yield return NodeFacts.Found(detector, ReconTopic.Routing, "nestjs", $"NestJS controllers ({NodeFacts.Plural(controllers.Length, "@Controller class", "es")})",
                controllers.Take(NodeFacts.MaxEvidence).Select(m => project.At(m.File, m.Line)));
        }
    }

    private static Evidence? FirstExport(NodeProject project, Model.SourceFile? file) =>
        file is null ? null : project.Context.FirstLine(file, l => l.StartsWith("export ", StringComparison.Ordinal)) ?? project.At(file, 1);

    [GeneratedRegex(@"from\s+['""]express['""]|require\(\s*['""]express['""]\s*\)")]
    private static partial Regex ImportsExpress();

    [GeneratedRegex(@"\b(?:express\.)?Router\(\s*\)")]
    private static partial Regex ExpressRouter();

    [GeneratedRegex(@"\bapp\.use\(\s*['""`]/")]
    private static partial Regex ExpressMount();

    [GeneratedRegex(@"^\s*@Controller\(")]
    private static partial Regex NestController();
}
