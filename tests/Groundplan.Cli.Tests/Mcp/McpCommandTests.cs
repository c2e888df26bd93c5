namespace Groundplan.Cli.Tests.Mcp;

public sealed class McpCommandTests
{
    [Fact]
    public async Task Mcp_RootDoesNotExist_OneLineErrorAndExit2()
    {
        // Given a root that is not there
        using var dir = new TempDirectory();

        // When the server is started for it
        var run = await CliRunner.InProcessAsync(dir.Path, "mcp", "--root", "missing");

        // Then it refuses to start, naming the root, on one line
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"groundplan: error: {Path.Combine(dir.Path, "missing")}: no such directory (--root)\n", run.Error);
        Assert.Equal("", run.Out);
    }
}
