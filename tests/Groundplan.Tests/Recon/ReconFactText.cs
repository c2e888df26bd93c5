using Groundplan.Model.Recon;

namespace Groundplan.Tests.Recon;

/// <summary>One line per fact, "topic | name | value | status | path:line, ...", as the expected files hold them.</summary>
internal static class ReconFactText
{
    public static string Line(ReconFact fact, string evidenceSeparator = ", ") =>
        $"{fact.Topic} | {fact.Name} | {fact.Value} | {fact.Status} | {string.Join(evidenceSeparator, fact.Evidence.Select(e => $"{e.Path}:{e.Line}"))}";

    /// <summary>Whether any detector that reported the fact (merged facts name several) has the id prefix, e.g. "go.".</summary>
    public static bool IsFrom(ReconFact fact, string prefix) =>
        fact.Detector.Split(',').Any(d => d.StartsWith(prefix, StringComparison.Ordinal));
}
