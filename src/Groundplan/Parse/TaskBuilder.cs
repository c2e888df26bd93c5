using Groundplan.Model.Plans;

namespace Groundplan.Parse;

/// <summary>A task being read; <see cref="Build"/> freezes it.</summary>
internal sealed class TaskBuilder(string title, int line)
{
    public List<PlanStep> Steps { get; } = [];

    public List<string> Files { get; } = [];

    public List<CodeBlock> Signatures { get; } = [];

    public List<string> Responsibilities { get; } = [];

    public List<CodeBlock> TestSignatures { get; } = [];

    public List<string> TestObjectives { get; } = [];

    public List<string> Context { get; } = [];

    public List<string> Notes { get; } = [];

    public PlanTask Build() => new()
    {
        Title = title,
        Files = Files,
        Steps = Steps,
        Signatures = Signatures,
        Responsibilities = Responsibilities,
        TestSignatures = TestSignatures,
        TestObjectives = TestObjectives,
        Context = Context,
        Notes = Notes,
        SourceLine = line,
    };
}
