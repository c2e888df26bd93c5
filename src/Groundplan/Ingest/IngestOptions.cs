namespace Groundplan.Ingest;

/// <summary>How a codebase is read.</summary>
public sealed class IngestOptions
{
    /// <summary>The default size cap: 2 MiB.</summary>
    public const long DefaultMaxFileSize = 2 * 1024 * 1024;

    /// <summary>Files larger than this many bytes are skipped with a note. <value>The default value is 2 MiB.</value></summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>A git revision to read from git's objects instead of the working tree; null reads the directory.</summary>
    public string? Revision { get; init; }

    /// <summary>Globs of paths to keep (all when empty), gitignore-style, matched against repo-relative paths.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Extra globs of paths to leave out, gitignore-style.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Whether .gitignore files (and .ignore, .repomixignore, .groundplanignore) at every level and .git/info/exclude apply. <value>The default value is true.</value></summary>
    public bool UseGitignore { get; init; } = true;

    /// <summary>Whether the built-in ignores (VCS folders, dependency and build output, lock files) apply. <value>The default value is true.</value></summary>
    public bool UseDefaultIgnores { get; init; } = true;

    /// <summary>
    /// Whether to count every file's tokens while reading, in parallel. <value>The default is true.</value> When false,
    /// a file counts its tokens the first time they are asked for, which saves the cost for analyses that never ask.
    /// </summary>
    public bool CountTokens { get; init; } = true;

    /// <summary>
    /// Whether a <c>groundplan.json</c> found upward from the input adds its include and ignore globs.
    /// <value>The default is true.</value>
    /// </summary>
    public bool UseConfigFile { get; init; } = true;

    /// <summary>Checks the options together and returns every problem, or an empty list.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxFileSize <= 0)
        {
            problems.Add($"the size cap must be positive (got {MaxFileSize})");
        }

        if (Revision is { Length: 0 })
        {
            problems.Add("the revision is empty");
        }

        return problems;
    }

    /// <summary>A copy with more include and ignore globs (from a configuration file).</summary>
    internal IngestOptions WithGlobs(IReadOnlyList<string> include, IReadOnlyList<string> ignore) => new()
    {
        MaxFileSize = MaxFileSize,
        Revision = Revision,
        Include = [.. Include, .. include],
        Ignore = [.. Ignore, .. ignore],
        UseGitignore = UseGitignore,
        UseDefaultIgnores = UseDefaultIgnores,
        CountTokens = CountTokens,
        UseConfigFile = UseConfigFile,
    };
}
