using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>The role of ASP.NET Core's conventional folders, and the frontend the views show (Razor, Blazor, an SPA folder).</summary>
internal sealed class DotNetLayoutDetector : IDetector
{
    private static readonly (string Name, string Role)[] Roles =
    [
        ("Controllers", "MVC/API controllers"), ("Endpoints", "minimal API endpoint groups"), ("Pages", "Razor Pages"),
        ("Views", "MVC Razor views"), ("Components", "Blazor components"), ("Services", "application services"),
        ("Data", "EF Core DbContext and data access"), ("Models", "models"), ("Entities", "domain entities"),
        ("Migrations", "EF Core migrations"), ("wwwroot", "static web assets"), ("ClientApp", "SPA frontend"),
        ("Validators", "validators"), ("Middleware", "HTTP middleware"),
    ];

    public string Id => "dotnet.layout";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DotNetProject.LoadAll(context).Count == 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Codebase.Files)
        {
            var parts = file.Path.Split('/');
            for (var depth = 0; depth < parts.Length - 1; depth++)
            {
                var role = Roles.FirstOrDefault(r => r.Name == parts[depth]).Role;
                var directory = string.Join('/', parts.Take(depth + 1)) + "/";
                if (role is not null && seen.Add(directory))
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
