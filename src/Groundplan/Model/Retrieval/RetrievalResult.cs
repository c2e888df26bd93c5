namespace Groundplan.Model.Retrieval;

/// <summary>The ranking for one request.</summary>
public sealed record RetrievalResult
{
    /// <summary>Existing files, best first.</summary>
    public required IReadOnlyList<RankedFile> RankedFiles { get; init; }

    /// <summary>Files to create, by the repository's conventions.</summary>
    public IReadOnlyList<NewFileProposal> NewFiles { get; init; } = [];

    /// <summary>The request's terms after code-aware splitting, stemming and synonyms, in request order.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>True when no request term matched the codebase and the ranking is structural only (entry points, central files).</summary>
    public bool StructuralOnly { get; init; }

    /// <summary>A message for the user when the ranking fell back, e.g. "the request is empty".</summary>
    public string? Message { get; init; }
}
