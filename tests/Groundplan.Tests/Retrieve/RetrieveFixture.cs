using Groundplan.Ingest;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Recon;
using Groundplan.Retrieve;

namespace Groundplan.Tests.Retrieve;

/// <summary>Loads a codebase the way users do (real ingest, real recon) and ranks a request over it.</summary>
internal static class RetrieveFixture
{
    public static (Codebase Codebase, ReconReport Recon) Load(string path, IngestOptions? options = null)
    {
        var codebase = new CodebaseLoader().Load(path, options);
        return (codebase, new ReconEngine().Run(codebase));
    }

    public static RetrievalResult Rank(string path, string request, string? story = null, RankingOptions? options = null)
    {
        var (codebase, recon) = Load(path);
        return new Retriever(options ?? new RankingOptions()).Rank(codebase, recon, new RetrievalRequest(request, story));
    }

    public static int RankOf(RetrievalResult result, string path)
    {
        for (var i = 0; i < result.RankedFiles.Count; i++)
        {
            if (result.RankedFiles[i].Path == path)
            {
                return i + 1;
            }
        }

        return int.MaxValue;
    }

    public static string Fixture(string name) => Path.Combine(TestPaths.Fixtures, "recon", name);
}
