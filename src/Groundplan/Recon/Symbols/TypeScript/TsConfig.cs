using System.Text.Json;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>The module resolution settings of one tsconfig.json or jsconfig.json, with <c>extends</c> (within the repo) applied.</summary>
/// <param name="BaseUrl">The repo folder of <c>baseUrl</c>, or null.</param>
/// <param name="PathsBase">The folder <c>paths</c> targets are relative to: the base URL, else the folder of the config that wrote them.</param>
/// <param name="Paths">The <c>paths</c> patterns and their targets, as written.</param>
internal sealed record TsConfig(string? BaseUrl, string PathsBase, IReadOnlyList<KeyValuePair<string, string[]>> Paths)
{
    public static TsConfig? Load(string path, Func<string, string?> read, int depth = 0)
    {
        if (depth > 8 || read(path) is not { } text || LenientJson.Parse(text) is not { } root)
        {
            return null;
        }

        var dir = RepoPaths.Directory(path);
        TsConfig? parent = null;
        JsonElement? root2 = root;
        var extends = root2.Property("extends");
        var bases = extends?.ValueKind == JsonValueKind.Array ? extends.Value.EnumerateArray().Select(e => (JsonElement?)e).ToArray() : [extends];
        foreach (var ext in bases.Select(e => e.String()).Where(e => e is not null && e.StartsWith('.')))
        {
            var target = RepoPaths.Join(dir, ext!.EndsWith(".json", StringComparison.Ordinal) ? ext : ext + ".json");
            parent = (target is null ? null : Load(target, read, depth + 1)) ?? parent;
        }

        var options = root2.Property("compilerOptions");
        var baseUrl = options.Property("baseUrl").String() is { } b ? RepoPaths.Join(dir, b) : parent?.BaseUrl;
        var paths = options.Property("paths");
        if (paths is { ValueKind: JsonValueKind.Object } p)
        {
            var list = p.EnumerateObject()
                .Select(e => new KeyValuePair<string, string[]>(e.Name, e.Value.ValueKind == JsonValueKind.Array
                    ? [.. e.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
                    : []))
                .ToArray();
            return new TsConfig(baseUrl, baseUrl ?? dir, list);
        }

        return parent is null
            ? new TsConfig(baseUrl, baseUrl ?? dir, [])
            : parent with { BaseUrl = baseUrl, PathsBase = baseUrl ?? parent.PathsBase };
    }

    /// <summary>The repo paths <paramref name="specifier"/> maps to, best pattern first (the longest prefix before '*').</summary>
    public IEnumerable<string> Candidates(string specifier)
    {
        var matches = new List<(int Rank, string Target)>();
        foreach (var (pattern, targets) in Paths)
        {
            var star = pattern.IndexOf('*');
            string? captured = null;
            if (star < 0 && pattern == specifier)
            {
                captured = string.Empty;
            }
            else if (star >= 0 && specifier.Length >= pattern.Length - 1 && specifier.StartsWith(pattern[..star], StringComparison.Ordinal) &&
                     specifier.EndsWith(pattern[(star + 1)..], StringComparison.Ordinal))
            {
                captured = specifier[star..(specifier.Length - (pattern.Length - star - 1))];
            }

            if (captured is not null)
            {
                var rank = star < 0 ? int.MaxValue : star;
                matches.AddRange(targets.Select(t => (rank, t.Replace("*", captured, StringComparison.Ordinal))));
            }
        }

        foreach (var (_, target) in matches.OrderByDescending(m => m.Rank))
        {
            if (RepoPaths.Join(PathsBase, target) is { } joined)
            {
                yield return joined;
            }
        }

        if (BaseUrl is not null && RepoPaths.Join(BaseUrl, specifier) is { } underBase)
        {
            yield return underBase;
        }
    }
}
