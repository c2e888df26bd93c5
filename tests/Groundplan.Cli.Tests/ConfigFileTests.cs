namespace Groundplan.Cli.Tests;

public sealed class ConfigFileTests
{
    [Theory]
    [InlineData("recon")]
    [InlineData("pack")]
    public async Task Verb_BadConfigInRepository_OneLineErrorWithPositionAndExit2(string verb)
    {
        // Given a repository whose groundplan.json has a typo in a key
        using var dir = new TempDirectory();
        dir.Write("repo/groundplan.json", "{\n  \"ignroe\": [\"dist/**\"]\n}\n");
        dir.Write("repo/src/a.ts", "export const a = 1;\n");

        // When a verb reads it
        var run = await CliRunner.InProcessAsync(dir.Path, verb, "--repo", "repo", "-o", "out.txt");

        // Then the error names the file, line and column on one line, and nothing is written
        Assert.Equal(2, run.ExitCode);
        var config = Path.Combine(dir.Path, "repo", "groundplan.json");
        Assert.Equal($"groundplan: error: {config}:2:3: unknown key \"ignroe\" (known: format, engine, include, ignore, llm, lint)\n", run.Error);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out.txt")));
    }

    [Fact]
    public async Task Plan_ConfigFormat_IsTheDefaultAndTheCommandLineWins()
    {
        // Given a repository whose groundplan.json asks for checklists
        using var dir = new TempDirectory();
        dir.Write("repo/groundplan.json", "{\"format\": \"checklist\"}");
        dir.Write("repo/package.json", "{\"name\":\"app\",\"scripts\":{\"test\":\"vitest run\"}}\n");
        dir.Write("repo/src/users.ts", "export function findUser(id: string) {\n  return id;\n}\n");

        // When a plan is printed without --format, then with --format blueprint
        var byConfig = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", "repo", "--request", "Let users find a user", "--stdout");
        var byOption = await CliRunner.InProcessAsync(dir.Path, "plan", "--repo", "repo", "--request", "Let users find a user", "--stdout", "--format", "blueprint");

        // Then the config picks the checklist, and the option overrides it
        Assert.Equal((0, 0), (byConfig.ExitCode, byOption.ExitCode));
        Assert.StartsWith("### Implementation Plan:", byConfig.Out, StringComparison.Ordinal);
        Assert.EndsWith("Implementation Plan", byOption.Out.Split('\n')[0], StringComparison.Ordinal);
    }
}
