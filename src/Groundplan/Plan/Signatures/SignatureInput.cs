namespace Groundplan.Plan.Signatures;

/// <summary>What a signature is made of: the operation's words, the entity it acts on, the id parameter's entity, and what it returns.</summary>
internal sealed record SignatureInput(string Action, string Entity, string? TargetEntity, bool Writes, bool ReturnsFile, string Purpose);
