using Groundplan.Ingest;
using Groundplan.Recon;
using Groundplan.Recon.Output;

namespace Groundplan.Tests.Recon;

/// <summary>The whole recon, every detector together, of each stack's fixture and the sample: what a person reads.</summary>
public sealed class FullReconSnapshotTests
{
    [Theory]
    [InlineData("recon/nextjs-drizzle")]
    [InlineData("recon/express-typeorm")]
    [InlineData("recon/nestjs-prisma")]
    [InlineData("recon/rails-app")]
    [InlineData("recon/django-app")]
    [InlineData("recon/go-service")]
    [InlineData("recon/aspnet-app")]
    [InlineData("recon/polyglot")]
    [InlineData("samples/inkwell")]
    public void Render_Fixture_MatchesTheReviewedSnapshot(string fixture)
    {
        // Given a fixture read from disk (the source path is replaced so the snapshot does not depend on the machine)
        var root = fixture.StartsWith("samples/", StringComparison.Ordinal)
            ? Path.Combine(TestPaths.RepoRoot, fixture)
            : Path.Combine(TestPaths.Fixtures, fixture);
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
