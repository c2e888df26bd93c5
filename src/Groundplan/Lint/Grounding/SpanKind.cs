namespace Groundplan.Lint.Grounding;

/// <summary>What a code span in a plan names.</summary>
internal enum SpanKind
{
    Other,
    Path,
    LineReference,
    Command,
    Symbol,
}
