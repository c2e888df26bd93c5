using Groundplan.Model.Recon;
using YamlDotNet.RepresentationModel;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>The hooks a pre-commit config runs, each a check every commit passes.</summary>
internal sealed class PreCommitHooksDetector : IDetector
{
    public string Id => "common.pre-commit";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var file = context.Codebase.Find(".pre-commit-config.yaml") ?? context.Codebase.Find(".pre-commit-config.yml");
        if (file is null || YamlFile.Root(file)?.Get("repos") is not YamlSequenceNode repos)
        {
            yield break;
        }

        foreach (var hook in repos.Children.OfType<YamlMappingNode>().SelectMany(r => (r.Get("hooks") as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>())
        {
            if (hook.Get("id") is YamlScalarNode { Value: { Length: > 0 } id } node)
            {
                yield return new ReconFact(ReconTopic.Lint, "pre-commit hook", id, FactStatus.Found, [context.At(file, (int)node.Start.Line)], Id);
            }
        }
    }
}
