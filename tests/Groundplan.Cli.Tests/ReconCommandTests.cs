using System.Text.Json;

namespace Groundplan.Cli.Tests;

public sealed class ReconCommandTests
{
    [Fact]
    public async Task Recon_Sample_MarkdownSnapshotOnStdout()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "recon", "--repo", TestPaths.Sample);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Current System Snapshot", result.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task Recon_JsonToFile_ValidJsonWithSchemaId()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "recon", "--repo", TestPaths.Sample, "--json", "-o", "recon.json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "recon.json")));
        Assert.Equal("groundplan.recon/1", json.RootElement.GetProperty("schema").GetString());
        Assert.True(json.RootElement.GetProperty("facts").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Recon_MissingRepo_ExitsTwoNoOutput()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "recon", "--repo", "nope", "-o", "recon.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }
}
