using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint;

/// <summary>The built-in rules' base: a name and description for outputs, and helpers to write findings at a span or line.</summary>
internal abstract class LintRule : ILintRule
{
    public abstract string Id { get; }

    public abstract LintSeverity DefaultSeverity { get; }

    /// <summary>PascalCase, e.g. <c>PathExists</c>.</summary>
    public abstract string Name { get; }

    /// <summary>One sentence: what the rule checks.</summary>
    public abstract string Description { get; }

    public abstract IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context);

    public static LintRuleDescriptor Describe(ILintRule rule) => rule is LintRule known
        ? new LintRuleDescriptor(rule.Id, known.Name, Family(rule.Id), rule.DefaultSeverity, known.Description)
        : new LintRuleDescriptor(rule.Id, rule.Id, Family(rule.Id), rule.DefaultSeverity, "");

    public static string Family(string id) => id.Length >= 3 && id.StartsWith("GP", StringComparison.Ordinal)
        ? id[2] switch { '1' => "structure", '2' => "grounding", '3' => "completeness", '4' => "style", _ => "other" }
        : "other";

    protected LintFinding At(CodeSpan span, string message) => new(Id, DefaultSeverity, message, span.Line, span.Column, span.Text);

    protected LintFinding At(int line, string message, string text = "", int? column = null) => new(Id, DefaultSeverity, message, line, column, text);
}
