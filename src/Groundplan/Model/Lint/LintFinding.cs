namespace Groundplan.Model.Lint;

/// <summary>One problem lint found in a plan.</summary>
/// <param name="RuleId">The rule's stable id, e.g. <c>GP201</c>.</param>
/// <param name="Severity">The severity after configuration.</param>
/// <param name="Message">What is wrong, naming the exact text, and what to do about it.</param>
/// <param name="Line">The 1-based line of the plan's Markdown.</param>
/// <param name="Column">The 1-based column of <paramref name="Text"/> on that line, when known.</param>
/// <param name="Text">The exact text the finding is about (a path, a command, a heading), or empty.</param>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Message, int Line, int? Column, string Text);
