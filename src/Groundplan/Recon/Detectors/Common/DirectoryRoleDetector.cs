using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Roles of top-level directories known by name; the stack detectors add framework-specific roles.</summary>
internal sealed class DirectoryRoleDetector : IDetector
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["docs"] = "documentation", ["doc"] = "documentation", ["scripts"] = "scripts", ["script"] = "scripts",
        [".github"] = "GitHub configuration (workflows, templates)", [".circleci"] = "CircleCI configuration",
        ["test"] = "tests", ["tests"] = "tests", ["spec"] = "tests", ["e2e"] = "end-to-end tests",
        ["migrations"] = "database migrations", ["db"] = "database", ["public"] = "static files served as-is", ["assets"] = "static assets",
    };

    public string Id => "common.directory-roles";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.DirectoryRole };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        // Files are sorted by path, so the first file seen in a directory is its example.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in context.Codebase.Files)
        {
            if (RepoPaths.TopDirectory(file.Path) is { } top && Roles.TryGetValue(top, out var role) && seen.Add(top))
            {
                yield return new ReconFact(ReconTopic.DirectoryRole, top + "/", role, FactStatus.Found, [context.At(file, 1)], Id);
            }
        }
    }
}
