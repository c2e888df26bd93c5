using Groundplan.Render;

namespace Groundplan.Llm.Repair;

/// <summary>The headings each format's contract requires, as the line prefixes that show them.</summary>
internal static class RequiredSections
{
    private static readonly (string, string)[] Checklist =
    [
        ("title", "### Implementation Plan:"),
        ("Phase 1: Data Layer & Schema", "#### Phase 1"),
        ("Phase 2: Backend Logic", "#### Phase 2"),
        ("Phase 3: Frontend Implementation", "#### Phase 3"),
        ("Phase 4: Testing and Validation", "#### Phase 4"),
    ];

    private static readonly (string, string)[] Spec =
    [
        ("title", "# Plan:"),
        .. new[]
        {
            "Summary", "Goals", "Non-Goals", "Requirements", "Assumptions & Constraints", "Current System Snapshot",
            "Impacted Files & Directories", "Implementation Plan", "Data & Interface Contracts", "Testing Plan",
            "Verification Checklist", "Rollout & Rollback", "Plan Completeness Audit", "Open Questions",
        }.Select(s => (s, "## " + s)),
    ];

    private static readonly (string, string)[] Blueprint =
    [
        ("title", "# "),
        ("Overview", "## Overview"),
        ("Current State Analysis", "## Current State Analysis"),
        ("Desired End State", "## Desired End State"),
        ("What We're NOT Doing", "## What We're NOT Doing"),
        ("Implementation Approach", "## Implementation Approach"),
        ("Phase 1", "## Phase 1"),
    ];

    public static IReadOnlyList<(string Section, string Heading)> For(PlanFormat format) => format switch
    {
        PlanFormat.Spec => Spec,
        PlanFormat.Blueprint => Blueprint,
        _ => Checklist,
    };
}
