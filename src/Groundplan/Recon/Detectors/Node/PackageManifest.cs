using System.Text.Json;
using Groundplan.Model;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>One package.json: its dependencies, scripts and workspaces, each with the line that declares it.</summary>
internal sealed class PackageManifest
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private PackageManifest(SourceFile file)
    {
        File = file;
        Directory = file.Path.Contains('/', StringComparison.Ordinal) ? file.Path[..(file.Path.LastIndexOf('/') + 1)] : string.Empty;
    }

    public SourceFile File { get; }

    /// <summary>The folder holding the manifest, with a trailing slash; empty at the repository root.</summary>
    public string Directory { get; }

    public string? Name { get; private set; }

    public string? PackageManager { get; private set; }

    public IReadOnlyList<NodeDependency> Dependencies { get; private set; } = [];

    public IReadOnlyList<NodeScript> Scripts { get; private set; } = [];

    /// <summary>The workspace globs the manifest declares (npm/yarn "workspaces").</summary>
    public IReadOnlyList<string> Workspaces { get; private set; } = [];

    public NodeDependency? Dependency(string name) => Dependencies.FirstOrDefault(d => d.Name == name);

    /// <exception cref="GroundplanException">The file is not valid JSON.</exception>
    public static PackageManifest Parse(SourceFile file, ReconContext context)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Text, Options);
        }
        catch (JsonException e)
        {
            throw new GroundplanException("package.json is not valid JSON: " + e.Message.Split('.')[0], file.Path,
                (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);
        }

        using (document)
        {
            var manifest = new PackageManifest(file);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return manifest;
            }

            var lines = context.Lines(file);
            manifest.Name = StringProperty(root, "name");
            manifest.PackageManager = StringProperty(root, "packageManager");
            manifest.Dependencies = Section(root, "dependencies").Concat(Section(root, "devDependencies"))
                .Select(p => new NodeDependency(p.Key, p.Value, p.Section == "devDependencies", manifest, context.At(file, Line(lines, p.Section, p.Key))))
                .ToArray();
            manifest.Scripts = Section(root, "scripts")
                .Select(p => new NodeScript(p.Key, p.Value, manifest, context.At(file, Line(lines, "scripts", p.Key))))
                .ToArray();
            manifest.Workspaces = WorkspaceGlobs(root);
            return manifest;
        }
    }

    // Minified manifests put everything on one line; the section's line (or the first) is then the best citation.
    private static int Line(IReadOnlyList<string> lines, string section, string key)
    {
        var line = JsonLines.KeyLine(lines, section, key);
        if (line < 0)
        {
            line = JsonLines.KeyLine(lines, null, section);
        }

        return Math.Max(line, 0) + 1;
    }

    private static string? StringProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<(string Section, string Key, string Value)> Section(JsonElement root, string section)
    {
        if (!root.TryGetProperty(section, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                yield return (section, property.Name, property.Value.GetString()!);
            }
        }
    }

    private static string[] WorkspaceGlobs(JsonElement root)
    {
        if (!root.TryGetProperty("workspaces", out var element))
        {
            return [];
        }

        // Yarn classic also allows { "packages": [...] }.
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("packages", out var packages))
        {
            element = packages;
        }

        return element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
            : [];
    }
}
