namespace Groundplan.Plan.Inference;

/// <summary>A field the feature adds; <paramref name="Type"/> is abstract ("id", "string", "bool", "datetime", "ref") and <paramref name="RefersTo"/> names the model a "ref" points at.</summary>
internal sealed record NewField(string Name, string Type, bool Optional = false, string? RefersTo = null);
