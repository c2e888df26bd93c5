namespace Groundplan.Model.Plans;

/// <summary>
/// One atomic action, as Markdown inline text: paths, symbols and commands in backticks (e.g. "Run `npm run db:migrate`.").
/// <paramref name="IsAssumption"/> marks a step that is an <c>ASSUMPTION:</c> line.
/// </summary>
public sealed record PlanStep(string Text, bool IsAssumption = false)
{
    /// <summary>The 1-based line of the step in the Markdown it was read from.</summary>
    public int? SourceLine { get; init; }
}
