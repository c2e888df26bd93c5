using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>The .NET projects: language and target framework, packages, each project's role, the routing styles and the entry points.</summary>
internal sealed partial class DotNetStackDetector : IDetector
{
    // Each routing style of ASP.NET Core and the lines that show it.
    private static readonly (string Name, string Value, Regex Pattern, string[] Required)[] Styles =
    [
        ("minimal APIs", "app.MapGet/MapPost endpoints, grouped with MapGroup", MinimalApi(), [".Map"]),
        ("controllers", "MVC controllers with [Route] and [HttpGet]/[HttpPost] attributes", ControllerRoute(), ["[Route", "[Http"]),
        ("razor pages", "Razor Pages (Pages/*.cshtml with PageModel)", RazorPages(), ["RazorPages("]),
        ("blazor", "Blazor components (MapRazorComponents)", Blazor(), ["RazorComponents"]),
    ];

    public string Id => "dotnet.stack";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.EntryPoint, ReconTopic.Framework, ReconTopic.Language, ReconTopic.Routing, ReconTopic.Workspace };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var projects = DotNetProject.LoadAll(context);
        if (projects.Count == 0)
        {
            yield break;
        }

        var code = DotNetProject.HandWrittenCSharpFiles(context);
        foreach (var project in projects)
        {
            if (project.TargetFramework is { } target)
            {
                yield return new ReconFact(ReconTopic.Language, "csharp", target, FactStatus.Found, [project.TargetEvidence!], Id);
                if (project.IsWeb)
                {
                    yield return new ReconFact(ReconTopic.Framework, "ASP.NET Core", target, FactStatus.Found, [project.Sdk], Id);
                }
            }

            yield return new ReconFact(ReconTopic.Workspace, project.Directory.Length == 0 ? "." : project.Directory, Role(project),
                FactStatus.Found, [project.Sdk], Id);
            foreach (var package in project.Packages)
            {
                yield return new ReconFact(ReconTopic.Framework, package.Package, package.Version, FactStatus.Found, [package.Evidence], Id);
            }
        }

        foreach (var (name, value, pattern, required) in Styles)
        {
            var lines = GoProject.Matches(context, LineMatches.Containing(code, required), pattern).Select(m => m.Evidence).ToArray();
            if (lines.Length > 0)
            {
                yield return new ReconFact(ReconTopic.Routing, name, value, FactStatus.Found, lines.Take(3).ToArray(), Id);
            }
        }

        foreach (var file in code.Where(f => f.Path == "Program.cs" || f.Path.EndsWith("/Program.cs", StringComparison.Ordinal)))
        {
            if (context.FirstLine(file, l => l.Contains("WebApplication.CreateBuilder", StringComparison.Ordinal)
                || l.Contains("static void Main(", StringComparison.Ordinal) || l.Contains("static async Task Main(", StringComparison.Ordinal)) is { } start)
            {
                yield return new ReconFact(ReconTopic.EntryPoint, file.Path, start.Excerpt.Contains("WebApplication", StringComparison.Ordinal)
                    ? "ASP.NET Core host (WebApplication)" : "console Main", FactStatus.Found, [start], Id);
            }
        }
    }

    private static string Role(DotNetProject project)
    {
        if (project.IsTest)
        {
            return "tests";
        }

        if (project.IsWeb)
        {
            return "web app (ASP.NET Core)";
        }

        if (project.IsExe)
        {
            return project.IsBenchmark ? "console app (BenchmarkDotNet benchmarks)" : "console app";
        }

        var name = project.Name;
        return name.EndsWith(".Domain", StringComparison.Ordinal) || name.EndsWith(".Core", StringComparison.Ordinal) ? "domain library"
            : name.EndsWith(".Infrastructure", StringComparison.Ordinal) || name.EndsWith(".Data", StringComparison.Ordinal) ? "infrastructure library"
            : "library";
    }

    [GeneratedRegex(@"\.Map(?:Get|Post|Put|Patch|Delete|Methods|Group)\(\s*""")]
    private static partial Regex MinimalApi();

    [GeneratedRegex(@"^\s*\[(?:Route|Http(?:Get|Post|Put|Patch|Delete))(?:\(|\])")]
    private static partial Regex ControllerRoute();

    [GeneratedRegex(@"\b(?:AddRazorPages|MapRazorPages)\(")]
    private static partial Regex RazorPages();

    [GeneratedRegex(@"\b(?:AddRazorComponents|MapRazorComponents)\b")]
    private static partial Regex Blazor();
}
