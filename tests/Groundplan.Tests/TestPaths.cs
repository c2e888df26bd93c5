namespace Groundplan.Tests;

/// <summary>Locates the repository's own files (fixtures, samples) from the test binary's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Groundplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Groundplan.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => Root.Value;

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    public static string Samples => Path.Combine(RepoRoot, "samples");
}
