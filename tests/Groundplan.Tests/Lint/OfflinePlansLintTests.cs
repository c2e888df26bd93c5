namespace Groundplan.Tests.Lint;

/// <summary>
/// Plans from the offline engine lint clean: every snapshot in Plan/Expected (the engine's output for each fixture stack,
/// request and format, kept byte-identical by the plan snapshot tests) is linted against its codebase.
/// </summary>
public sealed class OfflinePlansLintTests
{
    private static string Expected => Path.Combine(TestPaths.RepoRoot, "tests", "Groundplan.Tests", "Plan", "Expected");

    public static TheoryData<string> Plans() => new(Directory.EnumerateFiles(Expected, "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    // Rules the engine's plans already satisfy everywhere; the others still find real gaps in its output (listed in
    // bench/lint/RESULTS.md) and join this set as the engine closes them.
    private static readonly HashSet<string> Holding = new(StringComparer.Ordinal)
    {
        "GP000", "GP101", "GP102", "GP104", "GP105", "GP106", "GP107", "GP109", "GP110", "GP202", "GP203", "GP204", "GP205", "GP206", "GP207", "GP209", "GP302", "GP305", "GP307", "GP308", "GP401", "GP402", "GP403",
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Lint_OfflineEnginePlan_NoFindingsFromHoldingRules(string name)
    {
        var repo = name[..name.IndexOf("--", StringComparison.Ordinal)];
        var text = File.ReadAllText(Path.Combine(Expected, name));

        var result = LintCorpus.Linter.Lint(text, LintCorpus.Codebase(repo), file: name);

        var broken = result.Findings.Where(f => Holding.Contains(f.RuleId)).ToArray();
        Assert.True(broken.Length == 0, $"{name}:\n{string.Join("\n", broken.Select(f => $"  {f.RuleId} {f.Line}: {f.Message}"))}");
    }
}
