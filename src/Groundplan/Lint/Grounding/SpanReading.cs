namespace Groundplan.Lint.Grounding;

/// <summary>
/// A code span read as a reference: a path (repo-relative, without "./"), a line reference (path plus range), a
/// command line, or a symbol name (without call parentheses).
/// </summary>
internal sealed record SpanReading(SpanKind Kind, string Value, int StartLine = 0, int EndLine = 0);
