namespace Groundplan.Llm.Repair;

/// <summary>How serious a problem with a plan is; only errors block writing it.</summary>
public enum PlanProblemSeverity
{
    /// <summary>Worth knowing; does not block.</summary>
    Warning,

    /// <summary>The plan is wrong (an invented path or command, a missing section) and must be repaired.</summary>
    Error,
}
