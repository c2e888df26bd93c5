using Groundplan.Model;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Decides whether a piece of a context document names a path, and turns it into a repo-relative one.</summary>
internal static class PathCandidates
{
    // Files people name without a folder or an extension; matched case-sensitively so a fence's "dockerfile" language is not a path.
    private static readonly HashSet<string> KnownNames = new(StringComparer.Ordinal)
    {
        "Dockerfile", "Makefile", "Gemfile", "Rakefile", "Procfile", "Justfile", "justfile", "Brewfile", "Vagrantfile",
        "Jenkinsfile", "Caddyfile", "Pipfile", "Podfile", "LICENSE", "README", "CODEOWNERS",
    };

    // Extensions of common files that LanguageMap has no language for.
    private static readonly HashSet<string> ExtraExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "lock", "txt", "env", "example", "local", "sample", "conf", "config", "properties", "gradle", "plist", "ru", "gemspec",
        "log", "csv", "png", "jpg", "svg", "ico", "webp", "sln", "slnx", "editorconfig", "gitignore", "dockerignore", "npmrc", "nvmrc",
    };

    // Product names that look like file names: "Next.js" in a sentence is a framework, not a file.
    private static readonly HashSet<string> ProductNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "next.js", "node.js", "nuxt.js", "vue.js", "express.js", "nest.js", "three.js", "chart.js", "d3.js", "ember.js", "backbone.js",
        "alpine.js", "solid.js", "socket.io", "moment.js", "day.js", "react.js", "angular.js", "svelte.js", "deno.land", "bun.sh",
    };

    private static readonly char[] NotInPaths = ['*', '?', '<', '>', '|', '"', '\'', '`', '{', '}', '=', ';', '&', '$', '%', ',', '\n', '\r', '\t'];

    /// <summary>Whether <paramref name="text"/> reads as a file or folder path rather than code, a command, a package or a product name.</summary>
    public static bool IsPathLike(string text)
    {
        if (text.Length is 0 or > 260 || text.IndexOfAny(NotInPaths) >= 0 || text.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        // '@' starts packages and import aliases (@prisma/client, @/lib/utils), '-' and '+' flags and diff lines, '#' anchors.
        if (text[0] is '@' or '~' or '-' or '+' or '#' or '!' or ' ' || text[^1] == ' ' || text.Contains(" -", StringComparison.Ordinal))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !(colon == 1 && char.IsAsciiLetter(text[0]) && text.Length > 2 && text[2] is '/' or '\\'))
        {
            return false;
        }

        if (text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            return text != "/" && !text.All(c => c is '/' or '\\' or '.');
        }

        return !text.Contains(' ', StringComparison.Ordinal) && IsFileName(text);
    }

    /// <summary>A bare name that is a file: a well-known name, a dotfile, or a name with a known extension.</summary>
    public static bool IsFileName(string name)
    {
        if (KnownNames.Contains(name) || ProductNames.Contains(name))
        {
            return KnownNames.Contains(name);
        }

        if (name.Length > 1 && name[0] == '.' && name[1] != '.')
        {
            return true;
        }

        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return false;
        }

        var extension = name[(dot + 1)..];
        return LanguageMap.FromPath(name).Length > 0 || ExtraExtensions.Contains(extension);
    }

    /// <summary>
    /// The repo-relative form of <paramref name="raw"/> (a folder keeps its trailing '/'), or null for the repository root itself.
    /// </summary>
    /// <exception cref="GroundplanException">The path is absolute or climbs out with '..'.</exception>
    public static string? Normalize(string raw, string document, int line)
    {
        var text = raw.Trim().Replace('\\', '/');
        if (text.StartsWith('/') || (text.Length >= 2 && text[1] == ':' && char.IsAsciiLetter(text[0])))
        {
            // RepoPath rejects these too, but its message speaks of packs.
            throw NotRepoRelative($"the path '{raw}' is absolute", document, line);
        }

        var isDirectory = text.EndsWith('/');
        var bare = text.TrimEnd('/');
        if (bare is "" or ".")
        {
            return null;
        }

        if (!RepoPath.TryNormalize(bare, out var path, out var error))
        {
            throw NotRepoRelative(error, document, line);
        }

        return isDirectory ? path + "/" : path;
    }

    private static GroundplanException NotRepoRelative(string error, string document, int line) =>
        new($"{error}; a context document must name paths relative to the repository root", document, line);
}
