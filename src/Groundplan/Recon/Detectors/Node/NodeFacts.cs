using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Builds the Node detectors' facts: found with evidence, or the framework's flagged default.</summary>
internal static class NodeFacts
{
    // A handful of citations is enough to show a pattern; more only lengthens every plan that quotes the fact.
    public const int MaxEvidence = 3;

    public static ReconFact Found(string detector, string topic, string name, string value, IEnumerable<Evidence?> evidence) =>
        new(topic, name, value, FactStatus.Found, Distinct(evidence), detector);

    public static ReconFact Default(string detector, string topic, string name, string value, IEnumerable<Evidence?> evidence) =>
        new(topic, name, value, FactStatus.FrameworkDefault, Distinct(evidence), detector);

    public static string Plural(int count, string noun, string suffix = "s") => count == 1 ? $"1 {noun}" : $"{count} {noun}{suffix}";

    private static Evidence[] Distinct(IEnumerable<Evidence?> evidence) =>
        evidence.OfType<Evidence>().DistinctBy(e => (e.Path, e.Line)).ToArray();
}
