namespace Groundplan.Parse;

/// <summary>
/// The plan's title heading: the heading text as written, the feature name read from it, the slug in parentheses when
/// the format has one (spec: <c>Plan: Name (slug)</c>; null when absent), the level and 1-based line.
/// </summary>
public sealed record PlanTitle(string Written, string Name, string? Slug, int Level, int Line);
