namespace Groundplan.Ingest.Ignore;

/// <summary>The built-in ignores: what no one wants in a pack, in gitignore syntax, relative to the root being read.</summary>
/// <remarks>
/// The table covers the same ground as repomix's defaults so both tools pack the same files. Where repomix anchors
/// a name to the root (<c>build</c>, <c>dist</c>, <c>vendor</c>, <c>tmp</c>...), so do we, with no trailing slash:
/// repomix drops a root *file* of that name too. Names that are real source folders in some stacks stay out:
/// <c>bin/</c> (Rails' binstubs, scripts), <c>obj/</c>, <c>lib/</c>, and nested <c>build/</c> folders (Go packages
/// named build); a project that wants those gone says so in its .gitignore. VCS metadata is dropped at any depth,
/// where repomix only drops it at the root, because it is never source.
/// </remarks>
internal static class DefaultIgnores
{
    public static readonly IReadOnlyList<string> Patterns =
    [
        // Version control metadata (".git" itself is always skipped, defaults or not).
        ".hg", ".svn", ".bzr", "/.hgignore",

        // Dependencies.
        "node_modules", "bower_components", "jspm_packages", ".npm", ".yarn", ".yarn-integrity",
        ".bundle", ".gradle", "/vendor", "venv", ".venv",

        // Build output.
        "/build", "/dist", "/out", "target", "/lib-cov", "/coverage", "/.nyc_output", "/typings",
        "/.next", "/.nuxt", "/.vuepress/dist", "/.serverless", "/.fusebox", "/.dynamodb", "/.grunt",
        "Cargo.toml.orig", "*.rs.bk", "*.py[cod]",

        // Caches and scratch space.
        "__pycache__", ".pytest_cache", ".mypy_cache", ".ipynb_checkpoints",
        "/.eslintcache", "/.rollup.cache", "/.webpack.cache", "/.parcel-cache", "/.sass-cache", "/*.cache",
        "/tmp", "/temp", "/.lock-wscript", "/.node_repl_history",

        // Logs and process files.
        "/logs", "*.log", "npm-debug.log*", "yarn-debug.log*", "yarn-error.log*",
        "/pids", "/*.pid", "/*.seed", "/*.pid.lock",

        // Lock files: generated, huge, and no help to a reader.
        "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb",
        "Pipfile.lock", "poetry.lock", "uv.lock", "Cargo.lock", "composer.lock", "Gemfile.lock",
        "go.sum", "mix.lock", "stack.yaml.lock", "cabal.project.freeze",

        // Editors, operating systems, backups.
        "/.idea", "/.vscode", ".DS_Store", "Thumbs.db", "*.swp", "*.swo", "*.swn", "*.bak",

        // Secrets and packed artifacts.
        "/.env", "/*.tgz", "repomix-output.*", "repopack-output.*",
    ];

    public static readonly IgnoreList List = IgnoreList.FromGlobs(Patterns);
}
