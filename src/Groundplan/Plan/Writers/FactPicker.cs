using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Writers;

/// <summary>Chooses among facts of one topic the one closest to the feature: named after its target, else the most used.</summary>
internal static partial class FactPicker
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

    /// <summary>The name as code when it is an identifier (`requireUser()`, `[Authorize]`, `cache.Forget()`), else the fact's description.</summary>
    public static string Code(ReconFact fact)
    {
        var name = fact.Name;
        var identifier = name.Length > 0 && !name.Contains(' ', StringComparison.Ordinal) && !name.Contains('-', StringComparison.Ordinal)
            && (name.Any(char.IsUpper) || name.Contains('.', StringComparison.Ordinal) || name.Contains('_', StringComparison.Ordinal) || name[0] is '@' or '[');
        if (!identifier)
        {
            return Display(fact);
        }

        // A file that guards by being there (Next.js middleware.js) is named as the file, not called like a function.
        var file = SourceExtension().IsMatch(name);
        return !file && char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '.') ? $"`{name}()`" : $"`{name}`";
    }

    /// <summary>A library's name for prose: "Zod" from "Zod ^3.24.4", the fact's name when the value is only a version.</summary>
    public static string Display(ReconFact fact)
    {
        var value = fact.Value;
        var cut = value.IndexOfAny(['^', '~', '(']);
        var text = (cut > 0 ? value[..cut] : value).Trim();
        var parts = text.Split(' ').Where(p => p.Length > 0 && !char.IsDigit(p[0]) && !(p[0] == 'v' && p.Length > 1 && char.IsDigit(p[1]))).ToList();
        return parts.Count == 0 ? fact.Name : string.Join(' ', parts).TrimEnd(':', ',');
    }

    /// <summary>The path of the fact's first evidence, or "".</summary>
    public static string FirstPath(ReconFact fact) => fact.Evidence.Count > 0 ? fact.Evidence[0].Path : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"\.(js|jsx|mjs|cjs|ts|tsx|py|rb|go|cs|php)$")]
    private static partial System.Text.RegularExpressions.Regex SourceExtension();
}
