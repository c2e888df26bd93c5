using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>Fact shapes the Go and .NET detectors share: invalidation call sites, and a documented-or-standard command.</summary>
internal static class StackFacts
{
    /// <summary>One cache-invalidation fact per call (the regex's <c>call</c> group), citing up to three call sites.</summary>
    public static IEnumerable<ReconFact> Invalidations(ReconContext context, IEnumerable<SourceFile> code, Regex calls, IReadOnlyList<string> lineLiterals, string detector) =>
        LineMatches.Find(context, code, calls, lineLiterals).GroupBy(m => m.Match.Groups["call"].Value, StringComparer.Ordinal)
            .Select(g => new ReconFact(ReconTopic.CacheInvalidation, g.Key, g.Count() == 1 ? "1 call site" : $"{g.Count()} call sites",
                FactStatus.Found, g.Take(3).Select(m => m.Evidence).ToArray(), detector));

    /// <summary>The command as the repo documents it (Found), else the framework's standard one, flagged, citing what shows the framework.</summary>
    public static ReconFact Command(string topic, string name, ScriptCommand? documented, string standard, Evidence basis, string detector) =>
        documented is null
            ? new ReconFact(topic, name, standard, FactStatus.FrameworkDefault, [basis], detector)
            : new ReconFact(topic, name, documented.Runner.Length == 0 ? documented.Command : $"{documented.Invocation} ({documented.Command})",
                FactStatus.Found, [documented.Evidence], detector);
}
