namespace Groundplan.Security;

/// <summary>Tells a file's <see cref="FileFlavor"/> from its path.</summary>
internal static class FileFlavors
{
    private static readonly HashSet<string> LockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "composer.lock",
        "Gemfile.lock", "Cargo.lock", "poetry.lock", "Pipfile.lock", "uv.lock", "packages.lock.json", "go.sum",
        "mix.lock", "pubspec.lock", "Podfile.lock", "flake.lock", "deno.lock", "gradle.lockfile",
    };

    private static readonly HashSet<string> ConfigExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".env", ".yaml", ".yml", ".ini", ".cfg", ".conf", ".cnf", ".properties", ".toml", ".sh", ".bash", ".zsh",
        ".npmrc", ".yarnrc", ".pypirc", ".netrc", ".tfvars", ".hcl", ".editorconfig", ".dockerfile",
    };

    private static readonly HashSet<string> ConfigNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dockerfile", "Containerfile", ".npmrc", ".yarnrc", ".pypirc", ".netrc", ".pgpass", "Procfile", "Makefile",
    };

    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".vue", ".svelte", ".astro", ".py", ".pyi",
        ".rb", ".php", ".java", ".kt", ".kts", ".scala", ".groovy", ".gradle", ".go", ".rs", ".cs", ".csx", ".fs",
        ".vb", ".c", ".h", ".cc", ".cpp", ".hpp", ".cxx", ".m", ".mm", ".swift", ".dart", ".lua", ".pl", ".pm",
        ".r", ".ex", ".exs", ".erl", ".clj", ".elm", ".hs", ".ml", ".zig", ".sql", ".ps1", ".psm1",
        ".json", ".jsonc", ".json5", ".xml", ".xaml", ".html", ".htm", ".cshtml", ".razor", ".erb", ".ejs",
        ".hbs", ".map", ".csproj", ".fsproj", ".vbproj", ".props", ".targets", ".config", ".resx", ".plist", ".svg",
    };

    public static FileFlavor FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return FileFlavor.Unknown;
        }

        var name = Path.GetFileName(path);
        if (LockNames.Contains(name) || name.EndsWith(".lock", StringComparison.OrdinalIgnoreCase))
        {
            return FileFlavor.Lock;
        }

        // .env, .env.local, production.env: dotenv files all start or end with ".env".
        if (ConfigNames.Contains(name) || name.StartsWith(".env", StringComparison.OrdinalIgnoreCase))
        {
            return FileFlavor.Config;
        }

        var extension = Path.GetExtension(name);
        if (ConfigExtensions.Contains(extension))
        {
            return FileFlavor.Config;
        }

        return CodeExtensions.Contains(extension) ? FileFlavor.Code : FileFlavor.Unknown;
    }
}
