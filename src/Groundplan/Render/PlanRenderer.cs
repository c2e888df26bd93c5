using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>Writes a plan in one of the formats. Pure and deterministic: the same plan gives byte-identical text.</summary>
public static class PlanRenderer
{
    /// <summary>The plan as text in <paramref name="format"/>: Markdown with '\n' line endings and one final newline, or JSON.</summary>
    public static string Render(ImplementationPlan plan, PlanFormat format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return format switch
        {
            PlanFormat.Checklist => ChecklistRenderer.Render(plan),
            PlanFormat.Spec => SpecRenderer.Render(plan),
            PlanFormat.Blueprint => BlueprintRenderer.Render(plan),
            PlanFormat.Json => JsonPlanRenderer.Render(plan),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown plan format"),
        };
    }
}
