namespace Groundplan.Model.Plans;

/// <summary>One requirement; <paramref name="Functional"/> is false for non-functional ones (security, performance, a11y).</summary>
public sealed record PlanRequirement(string Text, bool Functional = true);
