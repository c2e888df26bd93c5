namespace Groundplan.Llm.Repair;

/// <summary>One finding about a plan's text, as a linter reports it.</summary>
/// <param name="RuleId">The rule that found it, e.g. <c>GP001</c>.</param>
/// <param name="Severity">Whether it blocks the plan.</param>
/// <param name="Message">The exact message, sent back to the model as it is.</param>
/// <param name="Line">The 1-based line in the plan text; 0 when the problem is about the whole plan.</param>
public sealed record PlanProblem(string RuleId, PlanProblemSeverity Severity, string Message, int Line)
{
    /// <summary>The finding as one line: <c>line 12: error GP001: ...</c>.</summary>
    public override string ToString() =>
        $"{(Line > 0 ? $"line {Line}: " : "")}{(Severity == PlanProblemSeverity.Error ? "error" : "warning")} {RuleId}: {Message}";
}
