using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon;

public sealed class ReconEngineTests
{
    private sealed class ThrowingDetector : IDetector
    {
        public string Id => "test.throws";

        public IEnumerable<ReconFact> Detect(ReconContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class PackageDetector : IDetector
    {
        public string Id => "test.package";

        public IEnumerable<ReconFact> Detect(ReconContext context)
        {
            var file = context.Codebase.Find("package.json");
            if (file is not null && context.FirstLine(file, l => l.Contains("\"vitest\"", StringComparison.Ordinal)) is { } evidence)
            {
                yield return new ReconFact(ReconTopic.TestFramework, "unit", "vitest", FactStatus.Found, [evidence], Id);
            }
        }
    }

    [Fact]
    public void Run_DetectorThrows_DiagnosticNamesItAndOthersStillReport()
    {
        // Given a codebase and one failing detector beside a working one
        using var dir = new TempDirectory();
        dir.Write("package.json", "{\n  \"devDependencies\": {\n    \"vitest\": \"^3.1.3\"\n  }\n}\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When recon runs
        var report = new ReconEngine([new ThrowingDetector(), new PackageDetector()]).Run(codebase);

        // Then the failure is a diagnostic naming the detector, and the other detector's fact carries its evidence
        Assert.Contains(report.Diagnostics, d => d.Contains("test.throws", StringComparison.Ordinal) && d.Contains("boom", StringComparison.Ordinal));
        var fact = Assert.Single(report.About(ReconTopic.TestFramework));
        Assert.Equal(new Evidence("package.json", 3, "\"vitest\": \"^3.1.3\""), Assert.Single(fact.Evidence));
    }

    private sealed class SpecFolderDetector(string id, int line) : IDetector
    {
        public string Id => id;

        public IEnumerable<ReconFact> Detect(ReconContext context) =>
            [new ReconFact(ReconTopic.DirectoryRole, "spec/", "tests", FactStatus.Found, [new Evidence("spec/a_spec.rb", line)], Id)];
    }

    [Fact]
    public void Run_TwoDetectorsSameFact_OneFactWithBothEvidenceAndIds()
    {
        using var dir = new TempDirectory();
        dir.Write("spec/a_spec.rb", "describe A do\nend\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        var report = new ReconEngine([new SpecFolderDetector("rails.tests", 1), new SpecFolderDetector("common.dirs", 2)]).Run(codebase);

        var fact = Assert.Single(report.About(ReconTopic.DirectoryRole));
        Assert.Equal("common.dirs,rails.tests", fact.Detector);
        Assert.Equal([1, 2], fact.Evidence.Select(e => e.Line));
    }

    [Fact]
    public void Run_NothingFound_EveryRequiredTopicIsUnknownNeverGuessed()
    {
        using var dir = new TempDirectory();
        dir.Write("notes.txt", "hello\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        var report = new ReconEngine([]).Run(codebase);

        Assert.Equal(ReconEngine.RequiredTopics.Order(StringComparer.Ordinal), report.Facts.Select(f => f.Topic));
        Assert.All(report.Facts, f => Assert.Equal((FactStatus.Unknown, 0), (f.Status, f.Evidence.Count)));
    }
}
