namespace Groundplan.Model.Plans;

/// <summary>
/// A task (checklist "1.1", spec step, blueprint "Changes Required" group): the files it touches, its atomic steps,
/// and for the blueprint the signatures, responsibilities, tests and context an implementer needs.
/// </summary>
public sealed record PlanTask
{
    /// <summary>The task's name, e.g. "Add the Bookmark model".</summary>
    public required string Title { get; init; }

    /// <summary>The files the task touches (repo-relative paths).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The atomic steps in order.</summary>
    public IReadOnlyList<PlanStep> Steps { get; init; } = [];

    /// <summary>Signatures (functions, types, structs) to create, in the codebase's language.</summary>
    public IReadOnlyList<CodeBlock> Signatures { get; init; } = [];

    /// <summary>What the functions above must do, with pattern references (file:line).</summary>
    public IReadOnlyList<string> Responsibilities { get; init; } = [];

    /// <summary>Signatures of the tests to create or update.</summary>
    public IReadOnlyList<CodeBlock> TestSignatures { get; init; } = [];

    /// <summary>What the tests must show.</summary>
    public IReadOnlyList<string> TestObjectives { get; init; } = [];

    /// <summary>Pointers for the implementer: existing code, patterns, schema, dependencies.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Gotchas and invariants to preserve.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The 1-based line of the task in the Markdown it was read from.</summary>
    public int? SourceLine { get; init; }
}
