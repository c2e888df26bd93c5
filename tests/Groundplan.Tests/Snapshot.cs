namespace Groundplan.Tests;

/// <summary>Compares text with an expected file beside the tests, byte for byte.</summary>
/// <remarks>Set GROUNDPLAN_UPDATE_SNAPSHOTS=1 to rewrite the expected files on purpose, then review the diff.</remarks>
internal static class Snapshot
{
    public static void Match(string actual, params string[] expectedPathParts)
    {
        var path = Path.Combine([TestPaths.RepoRoot, "tests", "Groundplan.Tests", .. expectedPathParts]);
        if (Environment.GetEnvironmentVariable("GROUNDPLAN_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"missing snapshot {path}; run with GROUNDPLAN_UPDATE_SNAPSHOTS=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
