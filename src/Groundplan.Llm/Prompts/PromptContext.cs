namespace Groundplan.Llm.Prompts;

/// <summary>Everything the engine tells a model about the codebase and the request, already redacted and budgeted.</summary>
public sealed record PromptContext
{
    /// <summary>The user's request: what to build.</summary>
    public required string Request { get; init; }

    /// <summary>The user story or business goal: why; null when not given.</summary>
    public string? Story { get; init; }

    /// <summary>The recon snapshot as Markdown when it is sent apart from <see cref="ContextPack"/> (empty when the pack holds it).</summary>
    public string ReconSnapshot { get; init; } = "";

    /// <summary>The files the ranker chose, best first, with their reasons.</summary>
    public IReadOnlyList<PromptFile> RankedFiles { get; init; } = [];

    /// <summary>New files the ranker proposes, with the part each plays.</summary>
    public IReadOnlyList<string> NewFileProposals { get; init; } = [];

    /// <summary>The token-budgeted context pack of the retrieve stage: recon snapshot, directory structure, ranked files.</summary>
    public string ContextPack { get; init; } = "";

    /// <summary>Every path in the codebase, for grounding checks (not all are sent to the model).</summary>
    public IReadOnlyList<string> KnownPaths { get; init; } = [];

    /// <summary>Commands the project defines (scripts, documented commands, CI steps), for grounding checks.</summary>
    public IReadOnlyList<string> KnownCommands { get; init; } = [];

    /// <summary>The offline engine's plan to refine (<c>--seed-with-offline</c>); null to write from scratch.</summary>
    public string? SkeletonPlan { get; init; }

    /// <summary>The language code blocks use (e.g. <c>typescript</c>, <c>go</c>), for the blueprint's signatures.</summary>
    public string CodeLanguage { get; init; } = "";
}
