using System.Collections.Concurrent;
using Groundplan.Model;

namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>
/// Resolves import specifiers to repo files the way TypeScript's bundler resolution does, as far as the repo shows:
/// relative paths with extension and index probing, the nearest tsconfig/jsconfig <c>paths</c> and <c>baseUrl</c>,
/// package.json <c>imports</c> (#aliases) and workspace packages by name. Everything else is external (null).
/// </summary>
internal sealed class TsModuleResolver
{
    private static readonly string[] Extensions = [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts"];

    private readonly Codebase _codebase;
    private readonly HashSet<string> _files;
    private readonly ConcurrentDictionary<string, TsConfig?> _configs = new(StringComparer.Ordinal);

    // Probing builds up to 20 candidate names per path; the same targets (a shared module, baseUrl + a package name)
    // are probed from hundreds of importers.
    private readonly ConcurrentDictionary<string, string?> _probed = new(StringComparer.Ordinal);
    private readonly TsPackages _packages;

    public TsModuleResolver(Codebase codebase)
    {
        _codebase = codebase;
        _files = codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths).ToHashSet(StringComparer.Ordinal);
        _packages = new TsPackages(codebase);
    }

    /// <summary>The repo file <paramref name="specifier"/> written in <paramref name="importer"/> refers to, or null for external modules.</summary>
    public string? Resolve(string importer, string specifier)
    {
        var dir = RepoPaths.Directory(importer);
        if (specifier is "." or ".." || specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal))
        {
            return RepoPaths.Join(dir, specifier) is { } joined ? Probe(joined) : null;
        }

        if (specifier.StartsWith('#'))
        {
            return _packages.Imports(dir, specifier).Select(Probe).FirstOrDefault(p => p is not null);
        }

        if (ConfigFor(dir) is { } config && config.Candidates(specifier).Select(Probe).FirstOrDefault(p => p is not null) is { } mapped)
        {
            return mapped;
        }

        return _packages.Workspace(specifier).Select(Probe).FirstOrDefault(p => p is not null);
    }

    private string? Probe(string path) => _probed.TryGetValue(path, out var found) ? found : _probed.GetOrAdd(path, ProbeFiles(path));

    private string? ProbeFiles(string path)
    {
        if (_files.Contains(path) && !path.EndsWith(".js", StringComparison.Ordinal))
        {
            return path;
        }

        // ESM TypeScript imports name the emitted .js file: the source is the .ts beside it.
        foreach (var (js, ts) in (ReadOnlySpan<(string, string)>)[(".js", ".ts"), (".js", ".tsx"), (".jsx", ".tsx"), (".mjs", ".mts"), (".cjs", ".cts")])
        {
            if (path.EndsWith(js, StringComparison.Ordinal) && _files.Contains(path[..^js.Length] + ts))
            {
                return path[..^js.Length] + ts;
            }
        }

        if (_files.Contains(path))
        {
            return path;
        }

        foreach (var candidate in Extensions.Select(e => path + e).Concat(Extensions.Select(e => (path.Length > 0 ? path + "/index" : "index") + e)))
        {
            if (_files.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // The nearest tsconfig.json (or jsconfig.json) in the importer's folder or above it.
    private TsConfig? ConfigFor(string dir) => _configs.GetOrAdd(dir, d =>
    {
        foreach (var name in (string[])["tsconfig.json", "jsconfig.json"])
        {
            var path = d.Length > 0 ? d + "/" + name : name;
            if (_codebase.Find(path) is not null)
            {
                return TsConfig.Load(path, p => _codebase.Find(p)?.Text);
            }
        }

        return d.Length == 0 ? null : ConfigFor(RepoPaths.Directory(d));
    });
}
