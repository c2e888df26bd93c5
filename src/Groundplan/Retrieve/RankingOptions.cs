namespace Groundplan.Retrieve;

/// <summary>How the ranker weighs its signals and how much it returns. The defaults are what the benchmark was measured with.</summary>
public sealed record RankingOptions
{
    /// <summary>The number of ranked files returned. <value>The default value is 50.</value></summary>
    public int MaxFiles { get; init; } = 50;

    /// <summary>The number of new-file proposals returned. <value>The default value is 8.</value></summary>
    public int MaxNewFiles { get; init; } = 8;

    /// <summary>How much score reaches a file through the import graph, relative to the best lexical score. <value>The default value is 0.2.</value></summary>
    public double GraphWeight { get; init; } = 0.2;

    /// <summary>How much score the files that changed together with the top hits get, relative to the best lexical score. <value>The default value is 0.7.</value></summary>
    public double CoChangeWeight { get; init; } = 0.7;

    /// <summary>How much the recently and often changed files are preferred. <value>The default value is 0.06.</value></summary>
    public double ChurnWeight { get; init; } = 0.06;

    /// <summary>
    /// How much score a top hit passes to files elsewhere in the tree whose names begin with the same two words
    /// (ServerSettingDto.cs and server-settings.ts), scaled down as more files share them; 0 turns the signal off. <value>The default value is 0.3.</value>
    /// </summary>
    public double NameWeight { get; init; } = 0.3;

    /// <summary>
    /// How much score a top hit passes to the files tied to it by an HTTP endpoint (the script calling "/api/orders/refund"
    /// and the handler serving it), scaled down as more files share the link; 0 turns the signal off. <value>The default value is 0.4.</value>
    /// </summary>
    public double EndpointWeight { get; init; } = 0.4;

    /// <summary>How many commits of history are read when the codebase is a git repository; 0 turns history off. <value>The default value is 2000.</value></summary>
    public int HistoryCommits { get; init; } = 2000;

    /// <summary>
    /// A git repository to read history from when the codebase itself is not one (an exported snapshot of it);
    /// null to use the codebase's own repository, if any. <value>The default value is null.</value>
    /// </summary>
    public string? HistoryRepository { get; init; }

    /// <summary>The commit of <see cref="HistoryRepository"/> the snapshot was taken at; history after it is never read. <value>The default value is HEAD.</value></summary>
    public string HistoryRevision { get; init; } = "HEAD";

    /// <summary>Every problem with the options, one line each; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxFiles <= 0)
        {
            problems.Add($"MaxFiles must be positive (got {MaxFiles})");
        }

        if (MaxNewFiles < 0)
        {
            problems.Add($"MaxNewFiles must not be negative (got {MaxNewFiles})");
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, double)>)[("GraphWeight", GraphWeight), ("CoChangeWeight", CoChangeWeight), ("ChurnWeight", ChurnWeight), ("NameWeight", NameWeight), ("EndpointWeight", EndpointWeight)])
        {
            if (value < 0 || double.IsNaN(value))
            {
                problems.Add($"{name} must be zero or more (got {value})");
            }
        }

        if (HistoryCommits < 0)
        {
            problems.Add($"HistoryCommits must not be negative (got {HistoryCommits})");
        }

        return problems;
    }
}
