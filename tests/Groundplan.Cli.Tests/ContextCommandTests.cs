using System.Text.Json;
using Groundplan.Tokens;

namespace Groundplan.Cli.Tests;

public sealed class ContextCommandTests
{
    private static string Rails => Path.Combine(TestPaths.RepoRoot, "tests", "fixtures", "recon", "rails-app");

    [Fact]
    public async Task Context_Json_RankedAndNewFilesWithReasons()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "Add a category model with a name column to posts", "--json", "--top", "5");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var ranked = json.RootElement.GetProperty("ranked_files");
        Assert.InRange(ranked.GetArrayLength(), 1, 5);
        Assert.All(ranked.EnumerateArray(), f => Assert.True(f.GetProperty("reasons").GetArrayLength() > 0));
        var first = ranked[0].GetProperty("reasons")[0];
        Assert.False(string.IsNullOrEmpty(first.GetProperty("signal").GetString()));
        var created = json.RootElement.GetProperty("new_files");
        Assert.True(created.GetArrayLength() > 0);
        Assert.All(created.EnumerateArray(), n => Assert.True(n.GetProperty("new").GetBoolean()));
        Assert.False(json.RootElement.GetProperty("structural_only").GetBoolean());
    }

    [Fact]
    public async Task Context_Text_RanksWithReasons()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "publish posts");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  1. ", result.Out, StringComparison.Ordinal);
        Assert.Contains("lexical: matches", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_EmptyRequest_NoteAndStructuralRanking()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the request is empty", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("structural_only").GetBoolean());
        Assert.True(json.RootElement.GetProperty("ranked_files").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Context_UnknownWords_NoteNamesThem()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "quantum zebra");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("'quantum'", result.Error, StringComparison.Ordinal);
        Assert.Contains("note:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_MaxTokens_PackWithinBudgetWrittenAtomically()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "publish posts", "--max-tokens", "3000", "-o", "context.xml");

        Assert.Equal(0, result.ExitCode);
        var text = await File.ReadAllTextAsync(Path.Combine(dir.Path, "context.xml"));
        Assert.True(TokenCounters.O200k.CountTokens(text) <= 3000);
        Assert.Contains("<directory_structure>", text, StringComparison.Ordinal);
        Assert.Contains("<file path=\"", text, StringComparison.Ordinal);
        Assert.Equal(["context.xml"], Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Context_BudgetTooSmall_ExitsTwoNothingWritten()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "posts", "--max-tokens", "10", "-o", "context.xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--max-tokens 10 is too small", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Theory]
    [InlineData("--top", "0")]
    [InlineData("--max-tokens", "-5")]
    [InlineData("--history-rev", "HEAD")]
    public async Task Context_BadOption_ExitsTwoWithOneLine(string option, string value)
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", Rails, "--request", "posts", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_MissingRepo_ExitsTwo()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "context", "--repo", "nope", "--request", "posts");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_HistoryFromAnotherRepository_UsesItsCommits()
    {
        // Given a snapshot folder without .git and the repository it came from
        using var repo = new TempDirectory();
        using var snapshot = new TempDirectory();
        TestGit.Init(repo.Path);
        foreach (var folder in (string[])[repo.Path, snapshot.Path])
        {
            File.WriteAllText(Path.Combine(folder, "report.go"), "package main\n\nfunc Report() {}\n");
            File.WriteAllText(Path.Combine(folder, "exporter.go"), "package main\n\nfunc Export() {}\n");
        }

        TestGit.CommitAll(repo.Path, "report and exporter together");

        var result = await CliRunner.InProcessAsync(snapshot.Path, "context", "--repo", ".", "--request", "weekly report", "--json", "--history", repo.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("changed together with report.go", result.Out, StringComparison.Ordinal);
    }
}
