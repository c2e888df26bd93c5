using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve;

/// <summary>Placeholder replaced below.</summary>
internal static class NewFileProposer
{
    public static IReadOnlyList<NewFileProposal> Propose(RankingRun run, IReadOnlyList<RankedFile> ranked, int max) => [];
}
