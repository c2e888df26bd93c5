namespace Groundplan.Model;

/// <summary>A part of the codebase the source did not show, so later stages write ASSUMPTION instead of inventing it.</summary>
/// <param name="Scope">What is unknown: a path, a glob, or a whole area such as <c>file contents</c>.</param>
/// <param name="Reason">Why it is unknown, in a sentence.</param>
public sealed record UnknownPart(string Scope, string Reason);
