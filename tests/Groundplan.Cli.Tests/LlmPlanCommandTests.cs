namespace Groundplan.Cli.Tests;

public sealed class LlmPlanCommandTests
{
    [Fact]
    public async Task Plan_EngineLlmWithoutProviderOrModel_ListsBothAndExits2BeforeReading()
    {
        // Given an empty folder
        using var dir = new TempDirectory();

        // When the llm engine is asked for without provider and model
        var result = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", TestPaths.Sample, "--request", "bookmarks", "--engine", "llm", "--format", "json");

        // Then every problem is named at once and nothing is written
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "groundplan: error: --engine llm needs --provider openai or --provider anthropic\n"
            + "groundplan: error: no model given (use --model, e.g. --model gpt-4.1 or --model claude-sonnet-4-5)\n"
            + "groundplan: error: --engine llm writes checklist, spec or blueprint (JSON: parse the plan it writes)\n",
            result.Error.ReplaceLineEndings("\n"));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }
}
