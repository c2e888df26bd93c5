using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Writers;

/// <summary>Chooses among facts of one topic the one closest to the feature: named after its target, else the most used.</summary>
internal static class FactPicker
{
    public static ReconFact? Pick(PlanDraft draft, string topic)
    {
        var facts = StackProfileReader.All(draft.Recon, topic).Where(f => f.Status == FactStatus.Found).ToList();
        var keys = draft.Feature.Targets.Select(t => Words.Key(t.Name)).ToList();
        return facts.FirstOrDefault(f => Words.Split(f.Name).Select(Words.Singular).Any(keys.Contains))
            ?? facts.OrderByDescending(StackProfileReader.CallSites).FirstOrDefault();
    }

    /// <summary>Where the fact is used (its second evidence, a call site) or defined, as `path:line`.</summary>
    public static string UsedAt(ReconFact fact) => StackProfile.Cite(fact, fact.Evidence.Count > 1 ? 1 : 0);

    /// <summary>The name as code: "requireUser" becomes `requireUser()`, "[Authorize]" stays as written.</summary>
    public static string Code(ReconFact fact) =>
        fact.Name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') && char.IsLetter(fact.Name[0]) && !fact.Name.Contains(' ', StringComparison.Ordinal) && fact.Name.Any(char.IsUpper)
            ? $"`{fact.Name}()`"
            : $"`{fact.Name}`";

    /// <summary>The path of the fact's first evidence, or "".</summary>
    public static string FirstPath(ReconFact fact) => fact.Evidence.Count > 0 ? fact.Evidence[0].Path : "";
}
