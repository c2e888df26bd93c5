using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>The migration commands a project documents in package.json scripts, or the ORM's standard one, flagged.</summary>
internal static class MigrationCommands
{
    /// <summary>One fact per script whose command contains one of <paramref name="tools"/>; else one flagged default.</summary>
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector, string[] tools, string fallbackName, string fallback, Evidence? why)
    {
        var scripts = project.Scripts.Where(s => tools.Any(t => s.Command.Contains(t, StringComparison.Ordinal))).ToArray();
        foreach (var script in scripts)
        {
            yield return NodeFacts.Found(detector, ReconTopic.MigrationCommand, script.Name, $"{project.Run(script)} ({script.Command})", [script.Evidence]);
        }

        if (scripts.Length == 0)
        {
            yield return NodeFacts.Default(detector, ReconTopic.MigrationCommand, fallbackName, fallback, [why]);
        }
    }
}
