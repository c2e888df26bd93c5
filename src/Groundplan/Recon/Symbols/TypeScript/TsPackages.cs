using System.Text.Json;
using Groundplan.Model;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>The repo's own package.json files: their <c>imports</c> aliases and, for monorepos, packages by name.</summary>
internal sealed class TsPackages
{
    private readonly Dictionary<string, JsonElement?> _byDir = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Dir)> _byName = [];

    public TsPackages(Codebase codebase)
    {
        foreach (var file in codebase.Files.Where(f => (f.Path == "package.json" || f.Path.EndsWith("/package.json", StringComparison.Ordinal)) &&
                                                        !f.Path.Contains("node_modules/", StringComparison.Ordinal)))
        {
            var json = LenientJson.Parse(file.Text);
            var dir = RepoPaths.Directory(file.Path);
            _byDir[dir] = json;
            if (json.Property("name").String() is { Length: > 0 } name)
            {
                _byName.Add((name, dir));
            }
        }

        _byName.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    /// <summary>Candidate paths for a <c>#alias</c> from the nearest package.json that declares <c>imports</c>.</summary>
    public IEnumerable<string> Imports(string dir, string specifier)
    {
        for (var d = dir; ; d = RepoPaths.Directory(d))
        {
            if (_byDir.TryGetValue(d, out var json) && json.Property("imports") is { ValueKind: JsonValueKind.Object } imports)
            {
                foreach (var entry in imports.EnumerateObject())
                {
                    var star = entry.Name.IndexOf('*');
                    var matches = star < 0 ? entry.Name == specifier
                        : specifier.StartsWith(entry.Name[..star], StringComparison.Ordinal) && specifier.EndsWith(entry.Name[(star + 1)..], StringComparison.Ordinal);
                    if (matches && Target(entry.Value) is { } target)
                    {
                        var captured = star < 0 ? string.Empty : specifier[star..(specifier.Length - (entry.Name.Length - star - 1))];
                        if (RepoPaths.Join(d, target.Replace("*", captured, StringComparison.Ordinal)) is { } joined)
                        {
                            yield return joined;
                        }
                    }
                }

                yield break;
            }

            if (d.Length == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Candidate paths for an import of a workspace package (<c>@acme/ui</c>, <c>@acme/ui/button</c>).</summary>
    public IEnumerable<string> Workspace(string specifier)
    {
        foreach (var (name, dir) in _byName)
        {
            if (specifier == name)
            {
                var json = _byDir[dir];
                var exports = json.Property("exports");
                var dot = exports is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(".", out var d) ? d : exports;
                foreach (var entry in new[] { Target(dot), json.Property("module").String(), json.Property("main").String(), json.Property("types").String(), "src/index", "index" })
                {
                    if (entry is not null && RepoPaths.Join(dir, entry) is { } path)
                    {
                        yield return path;
                    }
                }

                yield break;
            }

            if (specifier.StartsWith(name + "/", StringComparison.Ordinal))
            {
                var sub = specifier[(name.Length + 1)..];
                foreach (var path in new[] { RepoPaths.Join(dir, sub), RepoPaths.Join(dir, "src/" + sub) }.OfType<string>())
                {
                    yield return path;
                }

                yield break;
            }
        }
    }

    // A string target, or the first of the conditions people use for source-level resolution.
    private static string? Target(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o => new[] { "types", "import", "default", "require", "node" }
            .Select(k => Target(((JsonElement?)o).Property(k))).FirstOrDefault(t => t is not null),
        _ => null,
    };
}
