using System.Text;
using Groundplan.Model.Lint;

namespace Groundplan.Lint.Output;

/// <summary>The human report: findings grouped by severity (errors first), each with the plan's line and column.</summary>
internal static class LintTextRenderer
{
    public static string Render(LintResult result)
    {
        var text = new StringBuilder();
        var file = result.File.Length == 0 ? "plan" : result.File;
        foreach (var group in result.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            text.Append(Label(group.Key)).Append($" ({group.Count()})\n");
            foreach (var finding in group)
            {
                var where = finding.Column is { } column ? $"{file}:{finding.Line}:{column}" : $"{file}:{finding.Line}";
                text.Append($"  {where}  {finding.RuleId}  {finding.Message}\n");
            }

            text.Append('\n');
        }

        text.Append(Summary(result)).Append('\n');
        return text.ToString();
    }

    public static string Summary(LintResult result)
    {
        var errors = result.Findings.Count(f => f.Severity == LintSeverity.Error);
        var warnings = result.Findings.Count(f => f.Severity == LintSeverity.Warning);
        var infos = result.Findings.Count(f => f.Severity == LintSeverity.Info);
        return result.Findings.Count == 0
            ? $"{(result.File.Length == 0 ? "plan" : result.File)} ({result.Format}): no findings"
            : $"{(result.File.Length == 0 ? "plan" : result.File)} ({result.Format}): {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}, {infos} info";
    }

    private static string Label(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "errors",
        LintSeverity.Warning => "warnings",
        _ => "info",
    };
}
