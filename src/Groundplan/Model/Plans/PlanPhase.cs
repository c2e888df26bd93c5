namespace Groundplan.Model.Plans;

/// <summary>A phase: a testable milestone made of tasks, with the commands that prove it done.</summary>
public sealed record PlanPhase
{
    /// <summary>Which standard phase this is.</summary>
    public required PhaseKind Kind { get; init; }

    /// <summary>The heading text, e.g. "Data Layer &amp; Schema".</summary>
    public required string Title { get; init; }

    /// <summary>What the phase delivers, with its acceptance criteria.</summary>
    public string Overview { get; init; } = "";

    /// <summary>Set when the feature does not need this phase: the one line saying why, instead of padding.</summary>
    public string? NotNeeded { get; init; }

    /// <summary>The tasks in order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; init; } = [];

    /// <summary>Commands that validate this phase.</summary>
    public IReadOnlyList<string> ValidationCommands { get; init; } = [];

    /// <summary>The 1-based line of the phase heading in the Markdown it was read from.</summary>
    public int? SourceLine { get; init; }
}
