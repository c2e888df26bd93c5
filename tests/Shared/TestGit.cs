using System.Diagnostics;
using System.Text;

namespace Groundplan.Testing;

/// <summary>Runs the real git for tests, isolated from the machine's config and global excludes, with fixed identities and dates.</summary>
internal static class TestGit
{
    public const long DefaultTime = 1700000000;

    /// <summary>Runs git in <paramref name="folder"/> and returns its standard output; a failure fails the test with git's message.</summary>
    public static string Run(string folder, params string[] arguments) => Checked(Execute(folder, DefaultTime, null, arguments), arguments);

    public static void Init(string folder) => Run(folder, "init", "--quiet", "--initial-branch=main", ".");

    /// <summary>Stages everything and commits with author and committer time <paramref name="time"/>; returns the new commit's id.</summary>
    public static string CommitAll(string folder, string message, long time = DefaultTime)
    {
        Run(folder, "add", "--all");
        string[] commit = ["commit", "--quiet", "--allow-empty", "-m", message];
        Checked(Execute(folder, time, null, commit), commit);
        return Run(folder, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Writes many commits at once with <c>git fast-import</c> (a stream in its format), then checks out <c>main</c>.</summary>
    public static void FastImport(string folder, string stream)
    {
        string[] import = ["fast-import", "--quiet"];
        Checked(Execute(folder, DefaultTime, Encoding.UTF8.GetBytes(stream), import), import);
        Run(folder, "checkout", "--quiet", "--force", "main");
    }

    /// <summary>The paths git's own matcher calls ignored (<c>git check-ignore --no-index</c>), out of <paramref name="paths"/>.</summary>
    public static HashSet<string> CheckIgnore(string folder, IEnumerable<string> paths)
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(paths.Select(p => p + "\0")));
        var (exit, output, error) = Execute(folder, DefaultTime, input, ["check-ignore", "--no-index", "--stdin", "-z"]);

        // Exit code 1 means "nothing ignored".
        if (exit > 1)
        {
            throw new InvalidOperationException($"git check-ignore failed ({exit}): {error}");
        }

        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static string Checked((int Exit, string Output, string Error) result, string[] arguments) =>
        result.Exit == 0 ? result.Output : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({result.Exit}): {result.Error}");

    private static (int Exit, string Output, string Error) Execute(string folder, long time, byte[]? input, string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var date = $"{time} +0000";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["XDG_CONFIG_HOME"] = "/nonexistent-groundplan-tests";
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        var writer = Task.Run(() =>
        {
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
        });
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        writer.Wait();
        return (process.ExitCode, output, error.Result);
    }
}
