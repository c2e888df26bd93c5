using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Signatures;

/// <summary>What a signature is made of: the operation's words, the entity it acts on, the id parameter's entity, and what it returns.</summary>
internal sealed record SignatureInput(string Action, string Entity, string? TargetEntity, bool Writes, bool ReturnsFile, string Purpose)
{
    /// <summary>The main operation of <paramref name="feature"/>, documented with <paramref name="purpose"/>.</summary>
    public static SignatureInput Of(Feature feature, string purpose) => new(
        feature.Action,
        feature.Subject?.Singular ?? Words.Pascal(feature.NameWords),
        feature.Targets.FirstOrDefault()?.Singular,
        feature.Writes,
        feature.Operations[0] == Operation.Export,
        purpose);
}
