using Groundplan.Ingest;

namespace Groundplan.Cli.Commands;

/// <summary>The parsed ingest options of a verb.</summary>
internal sealed record IngestSettings(
    string Repo,
    string? Revision,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Ignore,
    long MaxFileSize,
    bool NoGitignore,
    bool NoDefaultIgnores)
{
    /// <summary>Whether include or ignore patterns narrow the codebase.</summary>
    public bool IsSubset => Include.Count > 0 || Ignore.Count > 0;

    /// <summary>Every problem with the options at once.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Repo))
        {
            problems.Add("--repo is empty");
        }

        if (MaxFileSize <= 0)
        {
            problems.Add($"--max-file-size must be a positive number of bytes (got {MaxFileSize})");
        }

        return problems;
    }

    // Only pack reads every file's token count, so only pack asks for the eager, parallel count; elsewhere a file
    // counts its tokens if and when something reads them.
    public IngestOptions ToIngestOptions(string? extraIgnore = null, bool countTokens = false) => new()
    {
        CountTokens = countTokens,
        Revision = Revision,
        Include = Include,
        Ignore = extraIgnore is null ? Ignore : [.. Ignore, extraIgnore],
        MaxFileSize = MaxFileSize,
        UseGitignore = !NoGitignore,
        UseDefaultIgnores = !NoDefaultIgnores,
    };
}
