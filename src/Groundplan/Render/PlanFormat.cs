namespace Groundplan.Render;

/// <summary>The formats a plan is written in; see docs/plan-formats.md.</summary>
public enum PlanFormat
{
    /// <summary>Seeds 000/001: the <c>### Implementation Plan:</c> checklist in four phases.</summary>
    Checklist,

    /// <summary>Seed 003: <c># Plan: Title (slug)</c> and the fifteen headings, exported to <c>EXPORT/plan_&lt;slug&gt;.md</c>.</summary>
    Spec,

    /// <summary>Seed 004: the architectural blueprint with phases, signatures and test requirements.</summary>
    Blueprint,

    /// <summary>The plan model itself as JSON (docs/plan.schema.json).</summary>
    Json,
}
