using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>The JavaScript/TypeScript view of a codebase that every Node detector shares: manifests, sources, scripts.</summary>
/// <remarks>Built once per recon run; a codebase without a package.json has none, and the Node detectors then say nothing.</remarks>
internal sealed class NodeProject
{
    private static readonly string[] SourceExtensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    // Folders that hold built output, vendored packages or other projects' samples, never the app's own code.
    private static readonly string[] SkippedSegments = ["node_modules", "dist", "build", ".next", "out", "coverage", "fixtures", "__fixtures__", "vendor"];

    private NodeProject(ReconContext context, IReadOnlyList<PackageManifest> manifests)
    {
        Context = context;
        Manifests = manifests;
        Sources = context.Codebase.Files
            .Where(f => SourceExtensions.Any(e => f.Path.EndsWith(e, StringComparison.Ordinal)) && !f.Path.EndsWith(".d.ts", StringComparison.Ordinal) && !Skipped(f.Path))
            .ToArray();
    }

    public ReconContext Context { get; }

    /// <summary>Every package.json of the project, the root one first.</summary>
    public IReadOnlyList<PackageManifest> Manifests { get; }

    /// <summary>The JavaScript and TypeScript files, without declaration files and built output.</summary>
    public IReadOnlyList<SourceFile> Sources { get; }

    public Codebase Codebase => Context.Codebase;

    /// <summary>The project for <paramref name="context"/>, or null when the codebase has no package.json.</summary>
    public static NodeProject? Of(ReconContext context)
    {
        // Built once per run: the Node detectors ask at the same moment, and a ConditionalWeakTable would let each of
        // them build its own.
        var project = context.Shared(Build);
        return project.Manifests.Count == 0 ? null : project;
    }

    public static bool Skipped(string path) => path.Split('/').SkipLast(1).Any(s => SkippedSegments.Contains(s, StringComparer.Ordinal));

    /// <summary>Every declaration of <paramref name="name"/>, grouped by version: one entry per version, root manifest first.</summary>
    public IEnumerable<NodeDependency> Dependencies(string name) => Manifests.Select(m => m.Dependency(name)).OfType<NodeDependency>();

    public NodeDependency? Dependency(string name) => Dependencies(name).FirstOrDefault();

    public IEnumerable<NodeScript> Scripts => Manifests.SelectMany(m => m.Scripts);

    /// <summary>How a person runs <paramref name="script"/> from the repository root with the project's package manager.</summary>
    public string Run(NodeScript script)
    {
        var directory = script.Manifest.Directory;
        var manager = PackageManagerName(script.Manifest);
        var run = script.Name is "test" or "start" ? $"{manager} {script.Name}" : $"{manager} run {script.Name}";
        if (directory.Length == 0)
        {
            return run;
        }

        // Workspace filters only work for packages a root workspace includes; a standalone nested package is run from its folder.
        if (!NodeWorkspaces.Includes(this, script.Manifest))
        {
            return $"cd {directory.TrimEnd('/')} && {run}";
        }

        var package = script.Manifest.Name ?? directory.TrimEnd('/');
        return manager switch
        {
            "pnpm" => $"pnpm --filter {package} {script.Name}",
            "yarn" => $"yarn workspace {package} {script.Name}",
            _ => $"{run} -w {directory.TrimEnd('/')}",
        };
    }

    public IEnumerable<SourceFile> FilesUnder(string directory) =>
        Codebase.Files.Where(f => f.Path.StartsWith(directory, StringComparison.Ordinal));

    public bool HasDirectory(string directory) => FilesUnder(directory).Any();

    /// <summary>Every line of the sources that <paramref name="pattern"/> matches, skipping comments and imports, in path and line order.</summary>
    public IEnumerable<(SourceFile File, int Line, Match Match)> Matches(Regex pattern, IEnumerable<SourceFile>? files = null)
    {
        static bool CommentOrImport(string line) => IsComment(line) || IsImport(line);
        foreach (var file in files ?? Sources)
        {
            foreach (var (line, _, match) in LineScan.In(Context, file, pattern, CommentOrImport))
            {
                yield return (file, line, match);
            }
        }
    }

    /// <summary>
    /// <see cref="Matches(Regex, IEnumerable{SourceFile}?)"/> over only the files that hold one of <paramref name="required"/>, text
    /// every match must contain: splitting and scanning every line of every source costs most of a Node detector's time.
    /// </summary>
    public IEnumerable<(SourceFile File, int Line, Match Match)> Matches(Regex pattern, IEnumerable<SourceFile> files, params string[] required) =>
        Matches(pattern, LineMatches.Containing(files, required));

    public Evidence At(SourceFile file, int line) => Context.At(file, line);

    public static bool IsComment(string line)
    {
        var trimmed = line.AsSpan().TrimStart();
        return trimmed.StartsWith("//") || trimmed.StartsWith("*") || trimmed.StartsWith("/*");
    }

    // An import names a thing; it never shows it in use.
    private static bool IsImport(string line) => line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("export {", StringComparison.Ordinal) && line.Contains(" from ", StringComparison.Ordinal);

    // The package's own packageManager field and lockfile decide first; a workspace member inherits the root's.
    private string PackageManagerName(PackageManifest manifest)
    {
        foreach (var (declared, directory) in new[] { (manifest.PackageManager, manifest.Directory), (Manifests[0].PackageManager, string.Empty) }.Distinct())
        {
            if (declared?.StartsWith("pnpm", StringComparison.Ordinal) == true || Codebase.Find(directory + "pnpm-lock.yaml") is not null
                || Codebase.Find(directory + "pnpm-workspace.yaml") is not null)
            {
                return "pnpm";
            }

            if (declared?.StartsWith("yarn", StringComparison.Ordinal) == true || Codebase.Find(directory + "yarn.lock") is not null)
            {
                return "yarn";
            }

            if (declared?.StartsWith("npm", StringComparison.Ordinal) == true || Codebase.Find(directory + "package-lock.json") is not null)
            {
                return "npm";
            }
        }

        return "npm";
    }

    private static NodeProject Build(ReconContext context)
    {
        var manifests = new List<PackageManifest>();
        foreach (var file in context.Codebase.Files.Where(f => f.Path == "package.json" || f.Path.EndsWith("/package.json", StringComparison.Ordinal)))
        {
            if (Skipped(file.Path))
            {
                continue;
            }

            if (file.Path == "package.json")
            {
                manifests.Add(PackageManifest.Parse(file, context));
                continue;
            }

            // A broken nested manifest (a sample, a template) must not hide the root project.
            try
            {
                manifests.Add(PackageManifest.Parse(file, context));
            }
            catch (GroundplanException)
            {
            }
        }

        return new NodeProject(context, manifests
            .OrderBy(m => m.Directory.Count(c => c == '/'))
            .ThenBy(m => m.File.Path, StringComparer.Ordinal)
            .ToArray());
    }
}
