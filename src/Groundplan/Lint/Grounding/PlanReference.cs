using Groundplan.Lint.Markdown;

namespace Groundplan.Lint.Grounding;

/// <summary>A code span of the plan read as a reference, with how the plan presents it (created, deleted, or existing).</summary>
internal sealed record PlanReference(CodeSpan Span, SpanReading Reading, bool MarkedNew, bool MarkedDelete);
