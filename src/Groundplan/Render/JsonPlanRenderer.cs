using Groundplan.Model.Plans;

namespace Groundplan.Render;

/// <summary>The plan model as indented JSON with snake_case keys in declaration order (see <see cref="PlanJson"/>).</summary>
internal static class JsonPlanRenderer
{
    public static string Render(ImplementationPlan plan) => PlanJson.Write(plan);
}
