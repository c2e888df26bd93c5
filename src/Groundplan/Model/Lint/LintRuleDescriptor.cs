namespace Groundplan.Model.Lint;

/// <summary>A rule as output formats describe it (SARIF's <c>tool.driver.rules</c>).</summary>
/// <param name="Id">The stable id, e.g. <c>GP201</c>.</param>
/// <param name="Name">A short PascalCase name, e.g. <c>PathExists</c>.</param>
/// <param name="Family">structure, grounding, completeness or style.</param>
/// <param name="DefaultSeverity">The severity before configuration.</param>
/// <param name="Description">One sentence: what the rule checks.</param>
public sealed record LintRuleDescriptor(string Id, string Name, string Family, LintSeverity DefaultSeverity, string Description);
