using System.Diagnostics;

namespace Groundplan.Cli.Tests;

/// <summary>Runs the groundplan CLI, in process (fast) or as the real executable (what users run).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> InProcessAsync(string workingDirectory, params string[] args)
    {
        var run = await InProcessCli.RunAsync(args, workingDirectory);
        return new Result(run.ExitCode, run.Out, run.Error);
    }

    /// <summary>Starts <c>dotnet Groundplan.Cli.dll</c> from the test's output folder, with a time limit so a hang fails the test.</summary>
    public static async Task<Result> ProcessAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Groundplan.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
