using Groundplan.Lint.Markdown;

namespace Groundplan.Lint.Rules;

/// <summary>Each layout's required sections in order: the heading people write, and the normalized names accepted for it.</summary>
internal static class RequiredSections
{
    public static readonly IReadOnlyList<(string Heading, string[] Names, bool Optional)> Spec =
    [
        ("Summary", ["summary", "one-paragraph summary"], false),
        ("Goals", ["goals"], false),
        ("Non-Goals", ["non-goals", "non goals", "nongoals"], false),
        ("Requirements", ["requirements"], false),
        ("Assumptions & Constraints", ["assumptions & constraints"], false),
        ("Current System Snapshot", ["current system snapshot"], false),
        ("Impacted Files & Directories", ["impacted files & directories", "impacted files"], false),
        ("Implementation Plan", ["implementation plan"], false),
        ("Data & Interface Contracts", ["data & interface contracts"], true),
        ("Testing Plan", ["testing plan", "test plan"], false),
        ("Verification Checklist", ["verification checklist"], false),
        ("Rollout & Rollback", ["rollout & rollback"], false),
        ("Plan Completeness Audit", ["plan completeness audit"], false),
        ("Open Questions", ["open questions"], false),
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
