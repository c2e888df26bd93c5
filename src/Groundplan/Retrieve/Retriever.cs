using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve;

/// <summary>Ranks the files and symbols a feature request touches and proposes where new files go.</summary>
public sealed class Retriever
{
    /// <summary>Ranks every file of <paramref name="codebase"/> for <paramref name="request"/>; deterministic for the same input.</summary>
    public RetrievalResult Rank(Codebase codebase, ReconReport recon, RetrievalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        ArgumentNullException.ThrowIfNull(recon);
        ArgumentNullException.ThrowIfNull(request);
        // Placeholder until the ranker lands: files whose path names a request word, in path order.
        var terms = request.Request.Split([' ', '\t', '\n', '.', ',', '-', '_', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToLowerInvariant()).Where(t => t.Length > 2).Distinct().ToArray();
        var ranked = codebase.Files
            .Select(f => (f.Path, Hits: terms.Where(t => f.Path.Contains(t, StringComparison.OrdinalIgnoreCase)).ToArray()))
            .Where(x => x.Hits.Length > 0)
            .OrderByDescending(x => x.Hits.Length).ThenBy(x => x.Path, StringComparer.Ordinal)
            .Select(x => new RankedFile(x.Path, x.Hits.Length, [new RankReason("lexical", "path names " + string.Join(", ", x.Hits), 1.0)], []))
            .ToArray();
        return new RetrievalResult { RankedFiles = ranked, Terms = terms, StructuralOnly = ranked.Length == 0 };
    }
}
