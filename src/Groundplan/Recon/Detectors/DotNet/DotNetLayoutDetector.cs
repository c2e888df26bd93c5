using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>The role of ASP.NET Core's conventional folders, and the frontend the views show (Razor, Blazor, an SPA folder).</summary>
internal sealed class DotNetLayoutDetector : IDetector
{
    // Code roles are shown only by a .cs file in the folder: a Data/ folder of sample .txt files is no data access.
    private static readonly (string Name, string Role, bool Code)[] Roles =
    [
        ("Controllers", "MVC/API controllers", true), ("Endpoints", "minimal API endpoint groups", true), ("Pages", "Razor Pages", false),
        ("Views", "MVC Razor views", false), ("Components", "Blazor components", false), ("Services", "application services", true),
        ("Data", "EF Core DbContext and data access", true), ("Models", "models", true), ("Entities", "domain entities", true),
        ("Migrations", "EF Core migrations", true), ("wwwroot", "static web assets", false), ("ClientApp", "SPA frontend", false),
        ("Validators", "validators", true), ("Middleware", "HTTP middleware", true),
    ];

    public string Id => "dotnet.layout";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.DirectoryRole };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var projects = DotNetProject.LoadAll(context);
        if (projects.Count == 0)
        {
            yield break;
        }

        // Folders of test and benchmark projects mirror the app's names (Services/, Entities/) but hold tests.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Codebase.Files.Where(f => !DotNetProject.InTestOrBenchmark(projects, f.Path)))
        {
            var parts = file.Path.Split('/');
            var isCode = file.Path.EndsWith(".cs", StringComparison.Ordinal);
            for (var depth = 0; depth < parts.Length - 1; depth++)
            {
                var (_, role, code) = Roles.FirstOrDefault(r => r.Name == parts[depth]);
                var directory = string.Join('/', parts.Take(depth + 1)) + "/";
                if (role is not null && (isCode || !code) && seen.Add(directory))
                {
                    yield return new ReconFact(ReconTopic.DirectoryRole, directory, role, FactStatus.Found, [context.At(file, 1)], Id);
                }
            }
        }

        var razor = context.Codebase.Files.FirstOrDefault(f => f.Path.EndsWith(".cshtml", StringComparison.Ordinal));
        if (razor is not null)
        {
            yield return new ReconFact(ReconTopic.Frontend, "razor", "server-rendered Razor views (.cshtml)", FactStatus.Found, [context.At(razor, 1)], Id);
        }

        var blazor = context.Codebase.Files.FirstOrDefault(f => f.Path.EndsWith(".razor", StringComparison.Ordinal));
        if (blazor is not null)
        {
            yield return new ReconFact(ReconTopic.Frontend, "blazor", "Blazor components (.razor)", FactStatus.Found, [context.At(blazor, 1)], Id);
        }
    }
}
