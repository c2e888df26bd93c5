namespace Groundplan.Model.Plans;

/// <summary>
/// A feature's implementation plan as data. Every renderer (checklist, spec, blueprint, JSON) writes from it, the
/// Markdown parser reads back into it, and lint checks it; a format carries the parts it has headings for.
/// </summary>
public sealed record ImplementationPlan
{
    /// <summary>The feature's name, e.g. "Bookmark posts".</summary>
    public required string Title { get; init; }

    /// <summary>Kebab-case, filesystem-safe name used in the export path <c>EXPORT/plan_&lt;slug&gt;.md</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>One sentence: what the feature does and how it serves the story.</summary>
    public required string Summary { get; init; }

    /// <summary>The request as the user wrote it.</summary>
    public string Request { get; init; } = "";

    /// <summary>The user story or business goal, when one was given.</summary>
    public string? UserStory { get; init; }

    /// <summary>What the feature must achieve.</summary>
    public IReadOnlyList<string> Goals { get; init; } = [];

    /// <summary>What is deliberately out of scope.</summary>
    public IReadOnlyList<string> NonGoals { get; init; } = [];

    /// <summary>Functional and non-functional requirements.</summary>
    public IReadOnlyList<PlanRequirement> Requirements { get; init; } = [];

    /// <summary>The <c>ASSUMPTION:</c> lines: decisions the codebase could not settle.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>Constraints from the repository and the request.</summary>
    public IReadOnlyList<string> Constraints { get; init; } = [];

    /// <summary>The current system as recon found it, each item with its evidence.</summary>
    public IReadOnlyList<SnapshotItem> Snapshot { get; init; } = [];

    /// <summary>The impact map: every file the plan edits, creates or deletes, and why.</summary>
    public IReadOnlyList<ImpactedFile> ImpactedFiles { get; init; } = [];

    /// <summary>The phases in order; the checklist format always has the four standard kinds.</summary>
    public IReadOnlyList<PlanPhase> Phases { get; init; } = [];

    /// <summary>Request/response shapes, schema changes, CLI arguments, events.</summary>
    public IReadOnlyList<PlanContract> Contracts { get; init; } = [];

    /// <summary>The tests to add or update.</summary>
    public IReadOnlyList<PlanTest> Tests { get; init; } = [];

    /// <summary>Commands that validate the whole change (from the repo's scripts and CI).</summary>
    public IReadOnlyList<string> ValidationCommands { get; init; } = [];

    /// <summary>Observable outcomes and how to check each.</summary>
    public IReadOnlyList<string> VerificationChecklist { get; init; } = [];

    /// <summary>How the change goes out.</summary>
    public IReadOnlyList<string> Rollout { get; init; } = [];

    /// <summary>How the change is undone safely.</summary>
    public IReadOnlyList<string> Rollback { get; init; } = [];

    /// <summary>Findings in the code that shape the plan, each with its file:line.</summary>
    public IReadOnlyList<KeyDiscovery> KeyDiscoveries { get; init; } = [];

    /// <summary>What was checked before the plan was final (the seeds' completeness audit).</summary>
    public IReadOnlyList<string> CompletenessAudit { get; init; } = [];

    /// <summary>Blocking questions, each rendered as <c>[NEEDS CONFIRMATION]</c> with exactly one question.</summary>
    public IReadOnlyList<OpenQuestion> OpenQuestions { get; init; } = [];

    /// <summary>The language signatures and code blocks are written in (e.g. "typescript", "go", "csharp").</summary>
    public string CodeLanguage { get; init; } = "";
}
