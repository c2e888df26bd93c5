using Groundplan.Ingest;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon;

/// <summary>A detector that declares its topics reports no fact outside them: lint skips detectors by what they declare.</summary>
public sealed class DetectorTopicsTests
{
    [Theory]
    [MemberData(nameof(ReconFixtures.All), MemberType = typeof(ReconFixtures))]
    public void Detect_DeclaredTopics_CoverEveryFact(string fixture)
    {
        // Given a fixture and every built-in detector that declares its topics
        var root = ReconFixtures.Root(fixture);
        var codebase = new CodebaseLoader().Load(root);
        var declared = ReconEngine.BuiltInDetectors().Where(d => d.Topics is not null).ToDictionary(d => d.Id, d => d.Topics!, StringComparer.Ordinal);

        // When recon runs
        var report = new ReconEngine().Run(codebase);

        // Then every fact such a detector gave is of a topic it declares
        var outside = report.Facts
            .SelectMany(f => f.Detector.Split(',').Where(declared.ContainsKey).Where(id => !declared[id].Contains(f.Topic)).Select(id => $"{id}: {f.Topic} {f.Name}"))
            .ToArray();
        Assert.True(declared.Count >= 10, $"only {declared.Count} detectors declare their topics");
        Assert.Empty(outside);
    }
}
