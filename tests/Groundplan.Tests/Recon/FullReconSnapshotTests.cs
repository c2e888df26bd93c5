using Groundplan.Ingest;
using Groundplan.Recon;
using Groundplan.Recon.Output;

namespace Groundplan.Tests.Recon;

/// <summary>The whole recon, every detector together, of each stack's fixture and the sample: what a person reads.</summary>
public sealed class FullReconSnapshotTests
{
    [Theory]
    [MemberData(nameof(ReconFixtures.All), MemberType = typeof(ReconFixtures))]
    public void Render_Fixture_MatchesTheReviewedSnapshot(string fixture)
    {
        // Given a fixture read from disk (the source path is replaced so the snapshot does not depend on the machine)
        var root = ReconFixtures.Root(fixture);
        var codebase = new CodebaseLoader().Load(root);

        // When recon runs twice
        var first = ReconMarkdownRenderer.Render(codebase, new ReconEngine().Run(codebase)).Replace(root, fixture, StringComparison.Ordinal);
        var second = ReconMarkdownRenderer.Render(codebase, new ReconEngine().Run(codebase)).Replace(root, fixture, StringComparison.Ordinal);

        // Then the output is deterministic and matches the reviewed snapshot, with no detector failures
        Assert.Equal(first, second);
        Assert.DoesNotContain("## Diagnostics", first, StringComparison.Ordinal);
        Snapshot.Match(first, "Recon", "Expected", fixture.Replace('/', '-') + ".md");
    }
}
