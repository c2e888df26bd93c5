using System.CommandLine;

namespace Groundplan.Cli.Commands;

/// <summary>The options of <c>groundplan context</c>.</summary>
internal sealed class ContextCommandOptions
{
    private readonly IngestCommandOptions _ingest = new();
    private readonly Option<string> _request = new("--request") { Description = "The feature request, in the user's words.", Required = true };
    private readonly Option<string?> _story = new("--story") { Description = "The user story behind the request, if any." };
    private readonly Option<int> _top = new("--top") { Description = "How many ranked files to print.", DefaultValueFactory = _ => 20 };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON for programs (ranked_files, new_files, each with reasons)." };
    private readonly Option<int?> _maxTokens = new("--max-tokens") { Description = "Write a repomix-style XML pack of the most relevant context that fits this many o200k tokens." };
    private readonly Option<string?> _history = new("--history") { Description = "Read change history from this git repository (for a snapshot exported from it)." };
    private readonly Option<string?> _historyRev = new("--history-rev") { Description = "With --history: the commit the snapshot was taken at (default HEAD); later commits are never read." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write to this file instead of standard output." };

    public void AddTo(Command command)
    {
        _ingest.AddTo(command);
        Option[] all = [_request, _story, _top, _json, _maxTokens, _history, _historyRev, _output];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public ContextSettings Read(ParseResult parse) => new(
        _ingest.Read(parse),
        parse.GetValue(_request) ?? string.Empty,
        parse.GetValue(_story),
        parse.GetValue(_top),
        parse.GetValue(_json),
        parse.GetValue(_maxTokens),
        parse.GetValue(_output),
        parse.GetValue(_history),
        parse.GetValue(_historyRev));
}
