using System.Text.Json;

namespace Groundplan.Cli.Tests;

public sealed class LintCommandTests
{
    private static string CleanPlan => Path.Combine(TestPaths.RepoRoot, "tests", "fixtures", "lint", "clean", "inkwell", "checklist.md");

    private static string DefectPlan => Path.Combine(TestPaths.RepoRoot, "tests", "fixtures", "lint", "corpus", "inkwell", "checklist-near-miss-path.md");

    [Fact]
    public async Task Lint_CleanPlan_ExitsZero()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "lint", CleanPlan, "--repo", TestPaths.Sample);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no findings", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_NearMissPath_ExitsOneWithSarifResult()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "lint", DefectPlan, "--repo", TestPaths.Sample, "--sarif", "lint.sarif");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did you mean `src/components/SubmitButton.tsx`", result.Out, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "lint.sarif")));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.StartsWith("https://", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = root.GetProperty("runs")[0];
        Assert.Equal("groundplan", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.True(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength() > 20);
        var finding = run.GetProperty("results")[0];
        Assert.Equal("GP201", finding.GetProperty("ruleId").GetString());
        Assert.Equal("error", finding.GetProperty("level").GetString());
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("message").GetProperty("text").GetString()));
        var location = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("checklist-near-miss-path.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 1);
    }

    [Fact]
    public async Task Lint_Json_FindingsWithRuleAndLine()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "lint", DefectPlan, "--repo", TestPaths.Sample, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("groundplan.lint/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("checklist", json.RootElement.GetProperty("format").GetString());
        Assert.Equal("GP201", json.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Lint_MissingPlan_ExitsTwo()
    {
        using var dir = new TempDirectory();

        var result = await CliRunner.InProcessAsync(dir.Path, "lint", "nope.md", "--repo", TestPaths.Sample);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.md", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ConfigTurnsRuleOffOrNamesBadValue()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "off.json"), "{\"lint\": {\"rules\": {\"GP201\": \"off\"}}}");
        await File.WriteAllTextAsync(Path.Combine(dir.Path, "bad.json"), "{\n  \"lint\": {\"rules\": {\"GP201\": \"loud\"}}\n}");

        var off = await CliRunner.InProcessAsync(dir.Path, "lint", DefectPlan, "--repo", TestPaths.Sample, "--config", "off.json");
        var bad = await CliRunner.InProcessAsync(dir.Path, "lint", DefectPlan, "--repo", TestPaths.Sample, "--config", "bad.json");

        Assert.Equal(0, off.ExitCode);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("bad.json:2:", bad.Error, StringComparison.Ordinal);
        Assert.Contains("loud", bad.Error, StringComparison.Ordinal);
    }
}
