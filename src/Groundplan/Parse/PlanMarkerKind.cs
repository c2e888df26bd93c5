namespace Groundplan.Parse;

/// <summary>The two markers the seeds define.</summary>
public enum PlanMarkerKind
{
    /// <summary><c>ASSUMPTION:</c>.</summary>
    Assumption,

    /// <summary><c>[NEEDS CONFIRMATION]</c>.</summary>
    NeedsConfirmation,
}
