using Groundplan.Model.Recon;

namespace Groundplan.Tests.Recon.Detectors.Go;

/// <summary>Facts as sorted "topic | name | value | status | path:line, ..." lines, compared with a committed expected file.</summary>
internal static class FactLines
{
    public static string[] Of(IEnumerable<ReconFact> facts) =>
        facts.Select(f => ReconFactText.Line(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The expected lines in the test source folder; GROUNDPLAN_UPDATE_EXPECTED=1 rewrites the file from the actual facts.</summary>
    public static string[] Expected(string relativePath, string[] actual)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Groundplan.Tests", "Recon", "Detectors", relativePath);
        if (Environment.GetEnvironmentVariable("GROUNDPLAN_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(path, string.Join('\n', actual) + "\n");
        }

        return File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
    }
}
