using Groundplan.Model.Lint;

namespace Groundplan.Tests.Lint;

/// <summary>
/// "Plan in, findings out": every seeded-defect case must produce exactly its labelled findings (rule id and line),
/// and every clean plan none. The cases are made by bench/lint/make_corpus.py from the clean plans.
/// </summary>
public sealed class PlanLinterCorpusTests
{
    public static TheoryData<string> Cases() => new(LintCorpus.Files("corpus", "*.md"));

    public static TheoryData<string> CleanPlans() => new(LintCorpus.Files("clean", "*.md"));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lint_SeededDefect_ProducesExactlyItsLabels(string plan)
    {
        var text = File.ReadAllText(Path.Combine(LintCorpus.Root, plan));
        var expected = File.ReadAllLines(Path.Combine(LintCorpus.Root, Path.ChangeExtension(plan, ".expected")))
            .Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToArray();

        var result = LintCorpus.Linter.Lint(text, LintCorpus.Codebase(LintCorpus.RepoOf(plan)), file: plan);

        var actual = result.Findings.Select(f => $"{f.RuleId} {f.Line}").Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{plan}\nexpected: {string.Join(", ", expected)}\nactual:\n{string.Join("\n", result.Findings.Select(f => $"  {f.RuleId} {f.Line}: {f.Message}"))}");
    }

    [Theory]
    [MemberData(nameof(CleanPlans))]
    public void Lint_CleanPlan_NoFindings(string plan)
    {
        var text = File.ReadAllText(Path.Combine(LintCorpus.Root, plan));

        var result = LintCorpus.Linter.Lint(text, LintCorpus.Codebase(LintCorpus.RepoOf(plan)), file: plan);

        Assert.True(result.Findings.Count == 0, $"{plan}:\n{string.Join("\n", result.Findings.Select(f => $"  {f.RuleId} {f.Line}: {f.Message}"))}");
        Assert.NotEqual(LintSeverity.Error, result.Findings.Select(f => f.Severity).DefaultIfEmpty(LintSeverity.Info).Max());
    }
}
