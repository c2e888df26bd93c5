namespace Groundplan.Tests.Lint;

/// <summary>
/// Plans from the offline engine lint clean: every snapshot in Plan/Expected (the engine's output for each fixture stack,
/// request and format, kept byte-identical by the plan snapshot tests) is linted against its codebase, on every rule.
/// </summary>
public sealed class OfflinePlansLintTests
{
    private static string Expected => Path.Combine(TestPaths.RepoRoot, "tests", "Groundplan.Tests", "Plan", "Expected");

    public static TheoryData<string> Plans() => new(Directory.EnumerateFiles(Expected, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Fact]
    public void Plans_Snapshots_CoverEveryFixtureStack()
    {
        // Given the snapshot folder
        var names = Directory.EnumerateFiles(Expected, "*.md").Select(Path.GetFileName).OfType<string>();

        // When they are grouped by the codebase they were written for
        var repos = names.Select(n => n[..n.IndexOf("--", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        // Then every fixture stack and the sample have plans to lint
        Assert.Equal(9, repos.Count);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Lint_OfflineEnginePlan_NoFindings(string name)
    {
        // Given an engine plan and the codebase it was written for
        var repo = name[..name.IndexOf("--", StringComparison.Ordinal)];
        var text = File.ReadAllText(Path.Combine(Expected, name));

        // When it is linted on every rule
        var result = LintCorpus.Linter.Lint(text, LintCorpus.Codebase(repo), file: name);

        // Then nothing is found, whatever the severity
        Assert.True(result.Findings.Count == 0, $"{name}:\n{string.Join("\n", result.Findings.Select(f => $"  {f.RuleId} {f.Severity} {f.Line}: {f.Message}"))}");
    }
}
