using System.CommandLine;
using Groundplan.Ingest;

namespace Groundplan.Cli.Commands;

/// <summary>The options every verb that reads a codebase takes, declared once.</summary>
internal sealed class IngestCommandOptions
{
    private readonly Option<string> _repo = new("--repo", "-r")
    {
        Description = "The codebase: a directory, a git repository (with --rev), a repomix pack or a context document.",
        Required = true,
    };

    private readonly Option<string?> _rev = new("--rev")
    {
        Description = "Read this git revision from git's objects instead of the working tree.",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Only read files matching these globs (comma-separated, repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _ignore = new("--ignore", "-i")
    {
        Description = "Leave out files matching these globs (comma-separated, repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<long> _maxFileSize = new("--max-file-size")
    {
        Description = "Skip files larger than this many bytes (with a note).",
        DefaultValueFactory = _ => IngestOptions.DefaultMaxFileSize,
    };

    private readonly Option<bool> _noGitignore = new("--no-gitignore") { Description = "Do not apply .gitignore files." };
    private readonly Option<bool> _noDefaultIgnores = new("--no-default-ignores") { Description = "Do not apply the built-in ignores." };

    public void AddTo(Command command)
    {
        Option[] all = [_repo, _rev, _include, _ignore, _maxFileSize, _noGitignore, _noDefaultIgnores];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public IngestSettings Read(ParseResult parse) => new(
        parse.GetValue(_repo)!,
        parse.GetValue(_rev),
        SplitGlobs(parse.GetValue(_include)),
        SplitGlobs(parse.GetValue(_ignore)),
        parse.GetValue(_maxFileSize),
        parse.GetValue(_noGitignore),
        parse.GetValue(_noDefaultIgnores));

    private static string[] SplitGlobs(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
}
