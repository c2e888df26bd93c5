using Groundplan.Lint.Markdown;
using Groundplan.Render;

namespace Groundplan.Lint.Rules;

/// <summary>Each layout's required sections in order: the heading people write, and the normalized names accepted for it.</summary>
internal static class RequiredSections
{
    public static readonly IReadOnlyList<(string Heading, string[] Names, bool Optional)> Spec =
    [
        (SpecHeadings.Summary, ["summary", "one-paragraph summary"], false),
        (SpecHeadings.Goals, ["goals"], false),
        (SpecHeadings.NonGoals, ["non-goals", "non goals", "nongoals"], false),
        (SpecHeadings.Requirements, ["requirements"], false),
        (SpecHeadings.AssumptionsConstraints, ["assumptions & constraints"], false),
        (SpecHeadings.Snapshot, ["current system snapshot"], false),
        (SpecHeadings.ImpactedFiles, ["impacted files & directories", "impacted files"], false),
        (SpecHeadings.Implementation, ["implementation plan"], false),
        (SpecHeadings.Contracts, ["data & interface contracts"], true),
        (SpecHeadings.Testing, ["testing plan", "test plan"], false),
        (SpecHeadings.Verification, ["verification checklist"], false),
        (SpecHeadings.Rollout, ["rollout & rollback"], false),
        (SpecHeadings.Audit, ["plan completeness audit"], false),
        (SpecHeadings.OpenQuestions, ["open questions"], false),
    ];

    public static readonly IReadOnlyList<(string Heading, string[] Names, bool Optional)> Blueprint =
    [
        ("Overview", ["overview"], false),
        ("Current State Analysis", ["current state analysis"], false),
        ("Desired End State", ["desired end state"], false),
        ("Key Discoveries", ["key discoveries"], false),
        ("What We're NOT Doing", ["what we're not doing", "what we are not doing"], false),
        ("Implementation Approach", ["implementation approach"], false),
    ];

    public static IReadOnlyList<(string Heading, string[] Names, bool Optional)> For(PlanLayout layout) => layout switch
    {
        PlanLayout.Spec => Spec,
        PlanLayout.Blueprint => Blueprint,
        _ => [],
    };

    /// <summary>The first heading below the title (level 2 or 3) with one of <paramref name="names"/>, outside phases for the blueprint.</summary>
    public static Heading? Find(LintDocument document, string[] names, int maxLevel) =>
        document.Headings.Skip(1).FirstOrDefault(h => h.Level <= maxLevel && names.Contains(SectionNames.Normalize(h.Text), StringComparer.Ordinal));
}
