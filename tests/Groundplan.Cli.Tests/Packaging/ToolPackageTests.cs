using System.Diagnostics;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace Groundplan.Cli.Tests.Packaging;

/// <summary>
/// Packs the tool the way a release does, installs it from that package into a temp tool path with only the local
/// package as a source, and runs the installed command: what a user who follows the README gets.
/// </summary>
public sealed class ToolPackageTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Pack_ThenInstallFromPackage_ToolRunsVersionAndPlansForTheSample()
    {
        // Given the tool packed into a temp folder and a NuGet config that sees only that folder
        using var dir = new TempDirectory();
        var packages = Path.Combine(dir.Path, "packages");
        var packed = await RunAsync("dotnet", TestPaths.RepoRoot, "pack", "src/Groundplan.Cli", "-c", "Release", "-o", packages, "--nologo");
        Assert.True(packed.Code == 0, packed.Out + packed.Error);
        var config = dir.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        // When it is installed into a tool path and run
        var tools = Path.Combine(dir.Path, "tools");
        var installed = await RunAsync("dotnet", dir.Path, "tool", "install", "Groundplan.Tool", "--tool-path", tools, "--configfile", config);
        Assert.True(installed.Code == 0, installed.Out + installed.Error);
        var groundplan = Path.Combine(tools, OperatingSystem.IsWindows() ? "groundplan.exe" : "groundplan");
        var version = await RunAsync(groundplan, dir.Path, "--version");
        var plan = await RunAsync(groundplan, dir.Path, "plan", "--repo", TestPaths.Sample, "--request", "Let readers bookmark posts");

        // Then the command is 'groundplan', prints its version, and plans for the sample into EXPORT/
        Assert.Equal(0, version.Code);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
        Assert.True(plan.Code == 0, plan.Error);
        var written = Path.Combine(dir.Path, "EXPORT", "plan_let-readers-bookmark-posts.md");
        Assert.StartsWith("# Plan: Let readers bookmark posts (let-readers-bookmark-posts)", await File.ReadAllTextAsync(written), StringComparison.Ordinal);

        // And the pack made a portable package beside the precompiled linux-x64 one, which linux-x64 installs
        Assert.Single(Directory.GetFiles(packages, "Groundplan.Tool.any.*.nupkg"));
        Assert.Single(Directory.GetFiles(packages, "Groundplan.Tool.linux-x64.*.nupkg"));
        var library = Directory.GetFiles(tools, "Groundplan.dll", SearchOption.AllDirectories).Single();
        Assert.Equal(RuntimeInformation.RuntimeIdentifier == "linux-x64", IsReadyToRun(library));
    }

    // A ReadyToRun image carries native code, which its CLI header points at as the managed native header.
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
