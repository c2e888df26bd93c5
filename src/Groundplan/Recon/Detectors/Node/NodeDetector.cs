using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>A detector that reads the codebase's JavaScript/TypeScript project, and says nothing when it has none.</summary>
internal abstract class NodeDetector : IDetector
{
    public abstract string Id { get; }

    public virtual IReadOnlySet<string>? Topics => null;

    public IEnumerable<ReconFact> Detect(ReconContext context) =>
        NodeProject.Of(context) is { } project ? Detect(project) : [];

    protected abstract IEnumerable<ReconFact> Detect(NodeProject project);
}
