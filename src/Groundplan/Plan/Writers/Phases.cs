using Groundplan.Model.Plans;

namespace Groundplan.Plan.Writers;

/// <summary>The seeds' standard phase titles, and a phase the feature does not need.</summary>
internal static class Phases
{
    public static string Title(PhaseKind kind) => kind switch
    {
        PhaseKind.DataLayer => "Data Layer & Schema",
        PhaseKind.Backend => "Backend Logic",
        PhaseKind.Frontend => "Frontend Implementation",
        PhaseKind.Testing => "Testing and Validation",
        _ => "Other",
    };

    public static PlanPhase NotNeeded(PhaseKind kind, string why) => new() { Kind = kind, Title = Title(kind), NotNeeded = why, Overview = why };

    public static PlanStep Step(string text) => new(text);

    public static PlanStep Assumption(PlanDraft draft, string text) => new(draft.Assume(text), IsAssumption: true);
}
