using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon.Detectors.Node;

/// <summary>Runs recon and renders the Node detectors' facts one per line, sorted, for comparison with an expected file.</summary>
internal static class NodeFactLines
{
    public static IReadOnlyList<ReconFact> Facts(string path) =>
        new ReconEngine().Run(new CodebaseLoader().Load(path)).Facts.Where(f => ReconFactText.IsFrom(f, "node.")).ToArray();

    public static string Render(IEnumerable<ReconFact> facts) =>
        string.Concat(facts
            .Select(f => ReconFactText.Line(f, evidenceSeparator: ",") + "\n")
            .Order(StringComparer.Ordinal));
}
