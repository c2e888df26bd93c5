using Groundplan.Model;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Where a Next.js package keeps its App Router and Pages Router folders.</summary>
internal sealed record NextApp(PackageManifest Manifest, string? AppDirectory, string? PagesDirectory)
{
    public static IEnumerable<NextApp> Find(NodeProject project)
    {
        foreach (var manifest in project.Manifests.Where(m => m.Dependency("next") is not null))
        {
            var app = First(project, manifest, "app/", IsAppRouterFile);
            var pages = First(project, manifest, "pages/", f => IsScript(f.Path));
            if (app is not null || pages is not null)
            {
                yield return new NextApp(manifest, app, pages);
            }
        }
    }

    public static bool IsAppRouterFile(SourceFile file) => SpecialFile(file.Path) is "page" or "route" or "layout";

    /// <summary>The App Router's special file name ("page", "layout", "route", ...) without extension, or null.</summary>
    public static string? SpecialFile(string path)
    {
        var name = path.Split('/')[^1];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && IsScript(name) && name.IndexOf('.', dot + 1) < 0 ? name[..dot] : null;
    }

    public static bool IsScript(string path) =>
        path.EndsWith(".tsx", StringComparison.Ordinal) || path.EndsWith(".ts", StringComparison.Ordinal)
        || path.EndsWith(".jsx", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal);

    private static string? First(NodeProject project, PackageManifest manifest, string folder, Func<SourceFile, bool> holds) =>
        new[] { manifest.Directory + "src/" + folder, manifest.Directory + folder }
            .FirstOrDefault(dir => project.FilesUnder(dir).Any(holds));
}
