using Groundplan.Model.Plans;

namespace Groundplan.Parse;

/// <summary>A phase being read; <see cref="Build"/> freezes it.</summary>
internal sealed class PhaseBuilder(PhaseKind kind, string title, int line)
{
    public List<TaskBuilder> Tasks { get; } = [];

    public string? NotNeeded { get; set; }

    public string Overview { get; set; } = string.Empty;

    public List<string> ValidationCommands { get; } = [];

    public PlanPhase Build() => new()
    {
        Kind = kind,
        Title = title,
        Overview = Overview,
        NotNeeded = NotNeeded,
        Tasks = [.. Tasks.Select(t => t.Build())],
        ValidationCommands = ValidationCommands,
        SourceLine = line,
    };
}
