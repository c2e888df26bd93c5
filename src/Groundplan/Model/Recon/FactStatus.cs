namespace Groundplan.Model.Recon;

/// <summary>How a recon fact is known.</summary>
public enum FactStatus
{
    /// <summary>Found in the codebase; the evidence points at it.</summary>
    Found,

    /// <summary>Not written in the codebase: the detected framework's standard, flagged so plans say so.</summary>
    FrameworkDefault,

    /// <summary>The codebase does not show it; plans must write ASSUMPTION rather than invent it.</summary>
    Unknown,
}
