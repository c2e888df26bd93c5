using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon.Detectors.Rails;

/// <summary>Runs a set of detectors on a fixture and renders their facts as sorted "topic | name | value | status | evidence" lines.</summary>
internal static class FactLines
{
    public static string[] Of(string fixtureDir, IReadOnlyList<IDetector> detectors)
    {
        var codebase = new CodebaseLoader().Load(fixtureDir);
        var report = new ReconEngine(detectors).Run(codebase);
        Assert.Empty(report.Diagnostics);
        return report.Facts.Where(f => f.Detector != "recon").Select(Line).Order(StringComparer.Ordinal).ToArray();
    }

    public static string Line(ReconFact fact) => ReconFactText.Line(fact);

    /// <summary>The facts the detectors report on the read-only Next.js sample, which none of these stacks should claim.</summary>
    public static string[] OfNextJsSample(IReadOnlyList<IDetector> detectors) => Of(Path.Combine(TestPaths.Samples, "inkwell"), detectors);

    /// <summary>The expected lines committed beside the tests of <paramref name="stack"/>; blank lines and '#' comments are ignored.</summary>
    public static string[] Expected(string stack, string file) =>
        File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Groundplan.Tests", "Recon", "Detectors", stack, file))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    /// <summary>Asserts line by line so a failure names the first differing fact rather than two long arrays.</summary>
    public static void AssertSame(string[] expected, string[] actual)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).ToArray();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0,
            $"missing:\n  {string.Join("\n  ", missing)}\nunexpected:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(expected, actual);
    }
}
