namespace Groundplan.Cli.Tests;

internal static class TestPaths
{
    public static string RepoRoot { get; } = Find();

    public static string Sample => Path.Combine(RepoRoot, "samples", "inkwell");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Groundplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Groundplan.slnx not found above " + AppContext.BaseDirectory);
    }
}
