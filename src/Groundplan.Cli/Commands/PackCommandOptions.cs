using System.CommandLine;
using Groundplan.Ingest.Packs;

namespace Groundplan.Cli.Commands;

/// <summary>The options of <c>groundplan pack</c>, declared once and read into <see cref="PackSettings"/>.</summary>
internal sealed class PackCommandOptions
{
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

    private readonly IngestCommandOptions _ingest = new();

    private readonly Option<bool> _redact = new("--redact") { Description = "Replace secrets found by the scan with [REDACTED:kind]." };

    private readonly Option<bool> _noFileSummary = new("--no-file-summary") { Description = "Leave out the file summary section." };
    private readonly Option<bool> _noTree = new("--no-directory-structure") { Description = "Leave out the directory structure section." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the summary as JSON." };

    public PackCommandOptions()
    {
        _style.AcceptOnlyFromAmong("xml", "markdown", "plain", "json");
    }

    public void AddTo(Command command)
    {
        _ingest.AddTo(command);
        Option[] all = [_output, _style, _parsable, _redact, _noFileSummary, _noTree, _json];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public PackSettings Read(ParseResult parse) => new(
        _ingest.Read(parse),
        parse.GetValue(_output),
        StyleOf(parse.GetValue(_style)!, parse.GetValue(_parsable)),
        parse.GetValue(_redact),
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
}
