namespace Groundplan.Parse;

/// <summary>
/// An <c>ASSUMPTION:</c> or <c>[NEEDS CONFIRMATION]</c> marker: <paramref name="Written"/> is the marker exactly as written
/// (e.g. "Assumption:", "[0o0o NEEDS CONFIRMATION]"), <paramref name="Text"/> what follows it on the line, and its 1-based
/// position. Markers inside fenced code are not reported.
/// </summary>
public sealed record PlanMarker(PlanMarkerKind Kind, string Written, string Text, int Line, int Column);
