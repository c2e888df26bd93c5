using Groundplan.Model.Recon;

namespace Groundplan.Plan.Inference;

/// <summary>An entity the feature involves: an existing model (with its recon fact) or a new one.</summary>
/// <param name="Name">The model's name as the code writes it (existing) or in PascalCase (new).</param>
/// <param name="Fact">The recon model fact for an existing model; null for a new one.</param>
internal sealed record EntityRef(string Name, ReconFact? Fact)
{
    public bool IsNew => Fact is null;

    /// <summary>The singular PascalCase name: "notes" becomes "Note".</summary>
    public string Singular => Words.Pascal(Words.Key(Name) == "" ? Name : SingularWords());

    public Evidence? Where => Fact?.Evidence.Count > 0 ? Fact.Evidence[0] : null;

    private string SingularWords()
    {
        var parts = Words.Split(Name);
        return string.Join(' ', parts.Take(parts.Count - 1).Append(Words.Singular(parts[^1])));
    }
}
