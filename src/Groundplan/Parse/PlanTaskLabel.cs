namespace Groundplan.Parse;

/// <summary>
/// A task's numbering as written ("1.1", "2.3"; "" when the task has none), its title, the 0-based index of the phase
/// heading it sits under (-1 before any), and its 1-based line.
/// </summary>
public sealed record PlanTaskLabel(string Number, string Title, int PhaseIndex, int Line);
