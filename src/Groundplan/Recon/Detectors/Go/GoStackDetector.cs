using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>The Go module: language version, dependencies, the HTTP router and how routes are registered, entry points.</summary>
internal sealed partial class GoStackDetector : IDetector
{
    // Router libraries, the name plans use for them, and how a route registration line looks in each.
    private static readonly (string Module, string Name, Regex Registration)[] Routers =
    [
        ("github.com/go-chi/chi", "chi", CamelRoute()),
        ("github.com/gin-gonic/gin", "gin", UpperRoute()),
        ("github.com/labstack/echo", "echo", UpperRoute()),
        ("github.com/gofiber/fiber", "fiber", CamelRoute()),
        ("github.com/gorilla/mux", "gorilla/mux", ServeMuxRoute()),
    ];

    public string Id => "go.stack";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.EntryPoint, ReconTopic.Framework, ReconTopic.Language, ReconTopic.Routing };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var go = GoProject.Load(context);
        if (go is null)
        {
            return [];
        }

        var facts = new List<ReconFact>
        {
            new(ReconTopic.Language, "go", go.GoVersion ?? "version not stated", FactStatus.Found, [go.GoVersionEvidence ?? go.ModuleEvidence], Id),
        };
        facts.AddRange(Workspace(context));
        facts.AddRange(go.Requires.Where(r => !r.Indirect)
            .Select(r => new ReconFact(ReconTopic.Framework, r.Module, r.Version, FactStatus.Found, [r.Evidence], Id)));
        facts.AddRange(Routing(context, go));
        facts.AddRange(EntryPoints(context, go));
        return facts;
    }

    // A single module is no workspace: only go.work or several go.mod files make one, and then each module is a member.
    private IEnumerable<ReconFact> Workspace(ReconContext context)
    {
        var goWork = context.Codebase.Find("go.work");
        var modules = context.Codebase.Files.Where(f => (f.Path == "go.mod" || f.Path.EndsWith("/go.mod", StringComparison.Ordinal))
            && !f.Path.StartsWith("vendor/", StringComparison.Ordinal) && !f.Path.Contains("testdata/", StringComparison.Ordinal)).ToArray();
        if (goWork is null && modules.Length < 2)
        {
            yield break;
        }

        if (goWork is not null)
        {
            var use = context.FirstLine(goWork, l => l.TrimStart().StartsWith("use", StringComparison.Ordinal)) ?? context.At(goWork, 1);
            yield return new ReconFact(ReconTopic.Workspace, "go.work", "Go workspace (go.work)", FactStatus.Found, [use], Id);
        }

        foreach (var module in modules)
        {
            if (context.FirstLine(module, l => l.StartsWith("module ", StringComparison.Ordinal)) is { } line)
            {
                var directory = module.Path == "go.mod" ? "." : module.Path[..^"go.mod".Length];
                yield return new ReconFact(ReconTopic.Workspace, directory, "Go module " + line.Excerpt["module ".Length..].Trim().Trim('"'),
                    FactStatus.Found, [line], Id);
            }
        }
    }

    private IEnumerable<ReconFact> Routing(ReconContext context, GoProject go)
    {
        var anyRouter = false;
        foreach (var (module, name, registration) in Routers)
        {
            if (go.Require(module) is not { } requirement)
            {
                continue;
            }

            anyRouter = true;
            var routes = GoProject.Matches(context, go.Importing(module), registration).Select(m => m.Evidence).ToArray();
            yield return new ReconFact(ReconTopic.Framework, name, requirement.Version, FactStatus.Found, [requirement.Evidence], Id);
            if (routes.Length > 0)
            {
                yield return new ReconFact(ReconTopic.Routing, name, $"{name} router: {routes.Length} route registrations",
                    FactStatus.Found, routes.Take(3).ToArray(), Id);
            }
        }

        if (anyRouter)
        {
            yield break;
        }

        // Only the standard library: http.ServeMux, with Go 1.22 "METHOD /path/{id}" patterns when the code uses them.
        var muxRoutes = GoProject.Matches(context, go.Importing("net/http"), ServeMuxRoute()).ToArray();
        if (muxRoutes.Length == 0)
        {
            yield break;
        }

        var withMethods = muxRoutes.Count(r => r.Match.Groups["method"].Success);
        var style = withMethods > 0 ? "net/http ServeMux with Go 1.22 method patterns" : "net/http ServeMux";
        yield return new ReconFact(ReconTopic.Framework, "net/http", "standard library", FactStatus.Found, [muxRoutes[0].Evidence], Id);
        yield return new ReconFact(ReconTopic.Routing, "net/http", $"{style}: {muxRoutes.Length} route registrations",
            FactStatus.Found, muxRoutes.Take(3).Select(r => r.Evidence).ToArray(), Id);
    }

    private IEnumerable<ReconFact> EntryPoints(ReconContext context, GoProject go)
    {
        foreach (var file in go.CodeFiles.Where(f => f.Path == "main.go" || CmdMain().IsMatch(f.Path)))
        {
            if (file.Text.Contains("package main", StringComparison.Ordinal)
                && context.FirstLine(file, l => l.StartsWith("func main()", StringComparison.Ordinal)) is { } main)
            {
                var binary = file.Path == "main.go" ? "root package" : file.Path[..file.Path.LastIndexOf('/')];
                yield return new ReconFact(ReconTopic.EntryPoint, file.Path, "Go main: " + binary, FactStatus.Found, [main], Id);
            }
        }
    }

    [GeneratedRegex(@"^cmd/[^/]+/main\.go$")]
    private static partial Regex CmdMain();

    // chi and fiber: r.Get("/x", h), r.Route("/x", ...), r.Mount("/x", ...).
    [GeneratedRegex(@"(?:\b\w+|\))\.(?:Get|Post|Put|Patch|Delete|Head|Options|Method|MethodFunc|Handle|HandleFunc|Route|Mount|Group|All)\(\s*""/")]
    private static partial Regex CamelRoute();

    // gin and echo: r.GET("/x", h), g := r.Group("/x").
    [GeneratedRegex(@"(?:\b\w+|\))\.(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Any|Group|Match)\(\s*""/")]
    private static partial Regex UpperRoute();

    // net/http and gorilla/mux: mux.HandleFunc("GET /posts/{id}", h), http.Handle("/", h).
    [GeneratedRegex(@"\b\w+\.(?:HandleFunc|Handle)\(\s*""(?:(?<method>GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) )?/")]
    private static partial Regex ServeMuxRoute();
}
