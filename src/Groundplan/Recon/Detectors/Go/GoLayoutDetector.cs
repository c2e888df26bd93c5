using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>The role of the directories of the standard Go layout, from their names as Go projects use them.</summary>
internal sealed class GoLayoutDetector : IDetector
{
    // Roles by the directory's own name; top-level ones apply only at the root, the others at any depth.
    private static readonly (string Name, bool TopLevel, string Role)[] Roles =
    [
        ("cmd", true, "entry points: one main package per binary"),
        ("internal", true, "private application packages"),
        ("pkg", true, "library packages other modules may import"),
        ("api", true, "API definitions (OpenAPI, protobuf)"),
        ("web", true, "web assets and templates"),
        ("templates", false, "HTML templates"),
        ("handlers", false, "HTTP handlers"),
        ("handler", false, "HTTP handlers"),
        ("store", false, "data access"),
        ("repository", false, "data access"),
        ("db", false, "database code and files"),
        ("migrations", false, "database migrations"),
        ("middleware", false, "HTTP middleware"),
        ("models", false, "data models"),
    ];

    public string Id => "go.layout";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.DirectoryRole };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (GoProject.Load(context) is null)
        {
            yield break;
        }

        // The first file under each directory, in path order, is its evidence.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Codebase.Files.Where(f => !f.Path.StartsWith("vendor/", StringComparison.Ordinal)))
        {
            var parts = file.Path.Split('/');
            for (var depth = 0; depth < parts.Length - 1; depth++)
            {
                var directory = string.Join('/', parts.Take(depth + 1)) + "/";
                if (seen.Contains(directory))
                {
                    continue;
                }

                // Under proto/ or gen/ a "store" folder holds protobuf definitions or generated code, not hand-written data access.
                var generated = parts.Take(depth).Any(p => p is "proto" or "gen");
                var role = Roles.FirstOrDefault(r => r.Name == parts[depth] && (r.TopLevel ? depth == 0 : !generated)).Role;
                if (role is null)
                {
                    continue;
                }

                seen.Add(directory);
                if (directory == "web/" && context.Codebase.Find("web/package.json") is { } package)
                {
                    var name = context.FirstLine(package, l => l.TrimStart().StartsWith("\"name\"", StringComparison.Ordinal)) ?? context.At(package, 1);
                    yield return new ReconFact(ReconTopic.DirectoryRole, directory, "frontend app (package.json)", FactStatus.Found, [name], Id);
                }
                else
                {
                    yield return new ReconFact(ReconTopic.DirectoryRole, directory, role, FactStatus.Found, [FirstLine(context, file)], Id);
                }
            }
        }
    }

    private static Evidence FirstLine(ReconContext context, SourceFile file) =>
        context.FirstLine(file, l => l.StartsWith("package ", StringComparison.Ordinal)) ?? context.At(file, 1);
}
