namespace Groundplan.Cli.Commands;

/// <summary>The parsed options of <c>groundplan context</c>.</summary>
internal sealed record ContextSettings(IngestSettings Ingest, string Request, string? Story, int Top, bool Json, int? MaxTokens, string? Output, string? History = null, string? HistoryRevision = null)
{
    /// <summary>Every problem with the options at once.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(Ingest.Validate());
        if (Top <= 0)
        {
            problems.Add($"--top must be a positive number (got {Top})");
        }

        if (MaxTokens is <= 0)
        {
            problems.Add($"--max-tokens must be a positive number of tokens (got {MaxTokens})");
        }

        if (MaxTokens is not null && Json)
        {
            problems.Add("--max-tokens writes a pack; it cannot be combined with --json");
        }

        if (HistoryRevision is not null && History is null)
        {
            problems.Add("--history-rev needs --history");
        }

        if (Output is { Length: 0 })
        {
            problems.Add("--output is empty");
        }

        return problems;
    }
}
