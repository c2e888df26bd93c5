using Groundplan.Render;

namespace Groundplan.Llm.Repair;

/// <summary>The headings each format's contract requires, as the line prefixes that show them.</summary>
internal static class RequiredSections
{
    private static readonly (string, string)[] Checklist =
    [
        ("title", "### Implementation Plan:"),
        .. PhaseTitles.Standard.Select((kind, i) => ($"Phase {i + 1}: {PhaseTitles.Canonical(kind)}", $"#### Phase {i + 1}")),
    ];

    private static readonly (string, string)[] Spec =
    [
        ("title", "# Plan:"),
        .. SpecHeadings.InOrder.Select(s => (s, "## " + s)),
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
