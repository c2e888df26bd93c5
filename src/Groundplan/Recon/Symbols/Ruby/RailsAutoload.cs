using System.Text.RegularExpressions;
using Groundplan.Model;

namespace Groundplan.Recon.Symbols.Ruby;

/// <summary>
/// Which repo file defines a constant by Rails autoload naming (Zeitwerk): every direct subfolder of <c>app/</c>
/// (but assets, javascript and views), each <c>app/*/concerns</c>, and an application's <c>lib/</c> are roots, and
/// <c>Admin::UserPolicy</c> lives in <c>&lt;root&gt;/admin/user_policy.rb</c>.
/// </summary>
/// <remarks>
/// Names are compared without underscores and case, so acronym inflections (<c>HTTPClient</c> or <c>HttpClient</c> in
/// <c>http_client.rb</c>, <c>OAuthToken</c> in <c>oauth_token.rb</c>) resolve without knowing the app's inflector.
/// </remarks>
internal sealed partial class RailsAutoload
{
    private static readonly HashSet<string> NotAutoloaded = ["assets", "javascript", "views"];

    // A key ("admin/userpolicy") to the files that define it; a folder alone makes an implicit namespace module.
    private readonly Dictionary<string, List<string>> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal);
    private readonly string[] _apps;

    private RailsAutoload(string[] apps, IEnumerable<string> paths)
    {
        _apps = apps;
        var roots = Roots(apps, paths);
        foreach (var path in paths.Where(p => p.EndsWith(".rb", StringComparison.Ordinal)))
        {
            // The deepest root wins: app/models/concerns/searchable.rb is Searchable, not Concerns::Searchable.
            var root = roots.Where(r => path.StartsWith(r, StringComparison.Ordinal)).MaxBy(r => r.Length);
            if (root is null)
            {
                continue;
            }

            var segments = path[root.Length..^3].Split('/').Select(Normalize).ToArray();
            var key = string.Join('/', segments);
            if (!_files.TryGetValue(key, out var list))
            {
                _files[key] = list = [];
            }

            list.Add(path);
            for (var n = 1; n < segments.Length; n++)
            {
                _namespaces.Add(string.Join('/', segments[..n]));
            }
        }

        foreach (var list in _files.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }
    }

    /// <summary>The autoload index of a Rails codebase, or null when no Rails application or engine is there.</summary>
    public static RailsAutoload? From(Codebase codebase)
    {
        var paths = codebase.Files.Select(f => f.Path).ToArray();
        var dirs = paths.Where(p => p.EndsWith(".rb", StringComparison.Ordinal)).SelectMany(AppDirsOf).ToHashSet(StringComparer.Ordinal);
        var apps = codebase.Files.Select(f => Application(f, dirs)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return apps.Length == 0 ? null : new RailsAutoload(apps, paths);
    }

    /// <summary>Whether <paramref name="path"/> belongs to a Rails application, whose code sees the autoloaded constants.</summary>
    public bool Covers(string path) => _apps.Any(a => path.StartsWith(a, StringComparison.Ordinal));

    /// <summary>Whether a constant (<c>Admin::UserPolicy</c>) is a file or a folder under some root.</summary>
    public bool Exists(string constant) => _files.ContainsKey(Key(constant)) || _namespaces.Contains(Key(constant));

    /// <summary>The files that define <paramref name="constant"/> by their name; empty when none does.</summary>
    public IReadOnlyList<string> FilesOf(string constant) => _files.TryGetValue(Key(constant), out var list) ? list : [];

    // "Admin::HTTPClient" and "admin/http_client" both become "admin/httpclient".
    private static string Key(string constant) => string.Join('/', constant.Split("::").Select(Normalize));

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    // "engines/billing/app/models/x.rb" has its app folder under "engines/billing/".
    private static IEnumerable<string> AppDirsOf(string path)
    {
        for (var at = path.IndexOf("app/", StringComparison.Ordinal); at >= 0; at = path.IndexOf("app/", at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || path[at - 1] == '/')
            {
                yield return path[..at];
            }
        }
    }

    // An application (config/application.rb, or a Gemfile that depends on rails) or an engine (a gemspec that does),
    // as the folder prefix its code lives under ("" for the repository root).
    private static string? Application(SourceFile file, HashSet<string> appDirs)
    {
        var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
        var dir = file.Path[..(file.Path.Length - name.Length)];
        if (file.Path.EndsWith("config/application.rb", StringComparison.Ordinal) && (file.Path.Length == 21 || file.Path[^22] == '/'))
        {
            return file.Path[..^21];
        }

        var dependsOnRails = (name == "Gemfile" && GemfileRails().IsMatch(file.Text)) || (name.EndsWith(".gemspec", StringComparison.Ordinal) && GemspecRails().IsMatch(file.Text));
        return dependsOnRails && (name == "Gemfile" || appDirs.Contains(dir)) ? dir : null;
    }

    private static List<string> Roots(string[] apps, IEnumerable<string> paths)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var app in apps.Where(a => path.StartsWith(a, StringComparison.Ordinal)))
            {
                var parts = path[app.Length..].Split('/');
                if (parts.Length >= 3 && parts[0] == "app" && !NotAutoloaded.Contains(parts[1]))
                {
                    roots.Add($"{app}app/{parts[1]}/");
                    if (parts.Length >= 4 && parts[2] == "concerns")
                    {
                        roots.Add($"{app}app/{parts[1]}/concerns/");
                    }
                }
                else if (parts.Length >= 2 && parts[0] == "lib" && parts[1] is not ("assets" or "tasks"))
                {
                    roots.Add($"{app}lib/");
                }
            }
        }

        return roots.Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("""^\s*gem\s+["'](rails|railties)["']""", RegexOptions.Multiline)]
    private static partial Regex GemfileRails();

    [GeneratedRegex("""add_(runtime_)?dependency\s*\(?\s*["'](rails|railties)["']""")]
    private static partial Regex GemspecRails();
}
