namespace Groundplan.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public async Task Run_UnknownVerb_ExitsTwoWithOneLineError()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("groundplan: error: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Pack_MissingRepo_ExitsTwo()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "pack");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--repo", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_UnknownStyle_ExitsTwoAndWritesNothing()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "hello");

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", ".", "--style", "yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("yaml", result.Error, StringComparison.Ordinal);
        Assert.Equal(["a.txt"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Pack_NonPositiveMaxFileSize_ExitsTwo()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", ".", "--max-file-size", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max-file-size", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_PathDoesNotExist_OneLineNamingThePathNoStackTrace()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.ProcessAsync(dir.Path, "pack", "--repo", "no/such/place");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no/such/place", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Pack_PathDoesNotExistVerbose_AddsTheStackTrace()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "pack", "--repo", "no/such/place", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("groundplan: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_PrintsTheVersion()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.ProcessAsync(dir.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Theory]
    [InlineData("pack")]
    [InlineData("recon")]
    [InlineData("context")]
    [InlineData("plan")]
    [InlineData("lint")]
    [InlineData("brief")]
    [InlineData("mcp")]
    public async Task Help_EveryVerb_ShowsExamplesOnStandardOutput(string verb)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, verb, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:\n    groundplan " + verb + " ", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Version_PrintsTheToolVersion()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }
}
