using Groundplan.Ingest;
using Groundplan.Ingest.Packs;

namespace Groundplan.Cli.Commands;

/// <summary>The parsed options of <c>groundplan pack</c>.</summary>
internal sealed record PackSettings(
    string Repo,
    string? Output,
    PackStyle Style,
    string? Revision,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Ignore,
    bool Redact,
    long MaxFileSize,
    bool NoGitignore,
    bool NoDefaultIgnores,
    bool NoFileSummary,
    bool NoDirectoryStructure,
    bool Json)
{
    /// <summary>Every problem with the options at once.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Repo))
        {
            problems.Add("--repo is empty");
        }

        if (Output is { Length: 0 })
        {
            problems.Add("--output is empty (use '-' for standard output)");
        }

        if (MaxFileSize <= 0)
        {
            problems.Add($"--max-file-size must be a positive number of bytes (got {MaxFileSize})");
        }

        return problems;
    }

    public IngestOptions ToIngestOptions(string? extraIgnore) => new()
    {
        Revision = Revision,
        Include = Include,
        Ignore = extraIgnore is null ? Ignore : [.. Ignore, extraIgnore],
        MaxFileSize = MaxFileSize,
        UseGitignore = !NoGitignore,
        UseDefaultIgnores = !NoDefaultIgnores,
    };
}
