namespace Groundplan.Model.Plans;

/// <summary>An interface or contract: <paramref name="Kind"/> is e.g. "request", "response", "schema", "cli", "event".</summary>
public sealed record PlanContract(string Kind, string Name, string Description, CodeBlock? Shape = null)
{
    /// <summary>The 1-based line of the contract's heading in the Markdown it was read from; null when built in code.</summary>
    public int? SourceLine { get; init; }
}
