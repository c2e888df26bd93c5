namespace Groundplan.Model.Plans;

/// <summary>An interface or contract: <paramref name="Kind"/> is e.g. "request", "response", "schema", "cli", "event".</summary>
public sealed record PlanContract(string Kind, string Name, string Description, CodeBlock? Shape = null);
