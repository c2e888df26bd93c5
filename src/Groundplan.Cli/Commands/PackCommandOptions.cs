using System.CommandLine;
using Groundplan.Ingest;
using Groundplan.Ingest.Packs;

namespace Groundplan.Cli.Commands;

/// <summary>The options of <c>groundplan pack</c>, declared once and read into <see cref="PackSettings"/>.</summary>
internal sealed class PackCommandOptions
{
    private readonly Option<string> _repo = new("--repo", "-r")
    {
        Description = "The codebase: a directory, a git repository (with --rev), a repomix pack or a context document.",
        Required = true,
    };

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Where to write the pack ('-' for standard output). Default: groundplan-pack.<ext> in the current folder.",
    };

    private readonly Option<string> _style = new("--style")
    {
        Description = "The pack style.",
        DefaultValueFactory = _ => "xml",
    };

    private readonly Option<bool> _parsable = new("--parsable-style")
    {
        Description = "With --style xml: write well-formed, escaped XML.",
    };

    private readonly Option<string?> _rev = new("--rev")
    {
        Description = "Read this git revision from git's objects instead of the working tree.",
    };

    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Only pack files matching these globs (comma-separated, repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string[]> _ignore = new("--ignore", "-i")
    {
        Description = "Leave out files matching these globs (comma-separated, repeatable).",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<bool> _redact = new("--redact") { Description = "Replace secrets found by the scan with [REDACTED:kind]." };

    private readonly Option<long> _maxFileSize = new("--max-file-size")
    {
        Description = "Skip files larger than this many bytes (with a note).",
        DefaultValueFactory = _ => IngestOptions.DefaultMaxFileSize,
    };

    private readonly Option<bool> _noGitignore = new("--no-gitignore") { Description = "Do not apply .gitignore files." };
    private readonly Option<bool> _noDefaultIgnores = new("--no-default-ignores") { Description = "Do not apply the built-in ignores." };
    private readonly Option<bool> _noFileSummary = new("--no-file-summary") { Description = "Leave out the file summary section." };
    private readonly Option<bool> _noTree = new("--no-directory-structure") { Description = "Leave out the directory structure section." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the summary as JSON." };

    public PackCommandOptions()
    {
        _style.AcceptOnlyFromAmong("xml", "markdown", "plain", "json");
    }

    public void AddTo(Command command)
    {
        Option[] all = [_repo, _output, _style, _parsable, _rev, _include, _ignore, _redact, _maxFileSize, _noGitignore, _noDefaultIgnores, _noFileSummary, _noTree, _json];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public PackSettings Read(ParseResult parse) => new(
        parse.GetValue(_repo)!,
        parse.GetValue(_output),
        StyleOf(parse.GetValue(_style)!, parse.GetValue(_parsable)),
        parse.GetValue(_rev),
        SplitGlobs(parse.GetValue(_include)),
        SplitGlobs(parse.GetValue(_ignore)),
        parse.GetValue(_redact),
        parse.GetValue(_maxFileSize),
        parse.GetValue(_noGitignore),
        parse.GetValue(_noDefaultIgnores),
        parse.GetValue(_noFileSummary),
        parse.GetValue(_noTree),
        parse.GetValue(_json));

    private static PackStyle StyleOf(string style, bool parsable) => style switch
    {
        "markdown" => PackStyle.Markdown,
        "plain" => PackStyle.Plain,
        "json" => PackStyle.Json,
        _ => parsable ? PackStyle.XmlParsable : PackStyle.Xml,
    };

    private static string[] SplitGlobs(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
}
