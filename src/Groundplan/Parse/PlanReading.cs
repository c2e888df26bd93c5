namespace Groundplan.Parse;

/// <summary>What a format reader found besides the model: the located elements that only it can recognise.</summary>
internal sealed class PlanReading
{
    public PlanTitle? Title { get; set; }

    public PlanTable? ImpactTable { get; set; }

    public List<PlanPhaseHeading> PhaseHeadings { get; } = [];

    public List<PlanTaskLabel> TaskLabels { get; } = [];

    public List<PlanListItem> ListItems { get; } = [];

    public List<LocatedText> Outside { get; } = [];
}
