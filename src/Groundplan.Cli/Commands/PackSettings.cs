using Groundplan.Ingest.Packs;

namespace Groundplan.Cli.Commands;

/// <summary>The parsed options of <c>groundplan pack</c>.</summary>
internal sealed record PackSettings(
    IngestSettings Ingest,
    string? Output,
    PackStyle Style,
    bool Redact,
    bool NoFileSummary,
    bool NoDirectoryStructure,
    bool Json)
{
    /// <summary>Every problem with the options at once.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(Ingest.Validate());
        if (Output is { Length: 0 })
        {
            problems.Add("--output is empty (use '-' for standard output)");
        }

        return problems;
    }
}
