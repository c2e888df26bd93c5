namespace Groundplan.Render;

/// <summary>Seed 003's required headings after the title, in order (all level 2; the title is level 1).</summary>
internal static class SpecHeadings
{
    public const string Summary = "Summary";
    public const string Goals = "Goals";
    public const string NonGoals = "Non-Goals";
    public const string Requirements = "Requirements";
    public const string AssumptionsConstraints = "Assumptions & Constraints";
    public const string Snapshot = "Current System Snapshot";
    public const string ImpactedFiles = "Impacted Files & Directories";
    public const string Implementation = "Implementation Plan";
    public const string Contracts = "Data & Interface Contracts";
    public const string Testing = "Testing Plan";
    public const string Verification = "Verification Checklist";
    public const string Rollout = "Rollout & Rollback";
    public const string Audit = "Plan Completeness Audit";
    public const string OpenQuestions = "Open Questions";

    /// <summary>The fourteen level-2 headings; with the title they are the seed's fifteen.</summary>
    public static IReadOnlyList<string> InOrder { get; } =
    [
        Summary, Goals, NonGoals, Requirements, AssumptionsConstraints, Snapshot, ImpactedFiles, Implementation, Contracts,
        Testing, Verification, Rollout, Audit, OpenQuestions,
    ];

    /// <summary>The impacted-files table's columns.</summary>
    public static IReadOnlyList<string> TableColumns { get; } = ["Path", "Change", "Why"];
}
