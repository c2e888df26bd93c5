namespace Groundplan.Tests.Recon.Detectors.Common;

public sealed class CommonDetectorsSnapshotTests
{
    [Fact]
    public void Run_PolyglotFixture_ReportsExpectedFacts()
    {
        // Given a Python API with a TypeScript client, task runners, a workflow, guides and lint configs
        var path = Path.Combine(TestPaths.Fixtures, "recon", "polyglot");

        // When the common detectors run
        var report = CommonFacts.Run(path);

        // Then every fact is the expected one, with its evidence, and no detector failed
        Assert.Empty(report.Diagnostics);
        Snapshot.Match(CommonFacts.Lines(report.Facts.Where(f => f.Status != Groundplan.Model.Recon.FactStatus.Unknown)), "Recon", "Detectors", "Common", "Expected", "polyglot.txt");
    }

    [Fact]
    public void Run_InkwellSample_ReportsExpectedFacts()
    {
        // Given the Next.js sample (package.json scripts are the Node detectors' to report)
        var path = Path.Combine(TestPaths.Samples, "inkwell");

        // When the common detectors run
        var report = CommonFacts.Run(path);

        // Then its workflow commands, ESLint config, README commands and naming are reported with evidence
        Assert.Empty(report.Diagnostics);
        Snapshot.Match(CommonFacts.Lines(report.Facts.Where(f => f.Status != Groundplan.Model.Recon.FactStatus.Unknown)), "Recon", "Detectors", "Common", "Expected", "inkwell.txt");
    }
}
