using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>Ranks the files and symbols a feature request touches and proposes where new files go.</summary>
/// <remarks>
/// Signals, in order: lexical relevance (BM25F over file name, folders, symbol names and text, with code-aware
/// splitting, stemming and domain synonyms), the import graph (personalised PageRank from the lexical hits), the
/// stack (tests and sibling files, the files of one resource in MVC stacks, routes and schema), and history when the
/// codebase is a git repository (files changed together with the top hits, recent churn). Deterministic.
/// </remarks>
public sealed class Retriever
{
    private readonly RankingOptions _options;

    /// <summary>Creates a ranker with the default options.</summary>
    public Retriever()
        : this(new RankingOptions())
    {
    }

    /// <summary>Creates a ranker with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public Retriever(RankingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("invalid ranking options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
    }

    /// <summary>Ranks every file of <paramref name="codebase"/> for <paramref name="request"/>; deterministic for the same input.</summary>
    public RetrievalResult Rank(Codebase codebase, ReconReport recon, RetrievalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        ArgumentNullException.ThrowIfNull(recon);
        ArgumentNullException.ThrowIfNull(request);
        var query = Query.Parse(request.Request ?? string.Empty, request.Story);
        var run = new RankingRun(codebase, recon, query, _options, cancellationToken);
        return run.Execute(string.IsNullOrWhiteSpace(request.Request) && string.IsNullOrWhiteSpace(request.Story));
    }
}
