using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Tests.Recon.Detectors.Common;

/// <summary>Runs the stack-independent detectors and prints their facts one per line, sorted, for comparison with an expected file.</summary>
internal static class CommonFacts
{
    public static IReadOnlyList<IDetector> Detectors =>
    [
        new CiDetector(), new DirectoryRoleDetector(), new DocumentedCommandsDetector(), new FileNamingDetector(), new LanguagesDetector(),
        new LintDetector(), new PreCommitHooksDetector(), new TaskRunnerDetector(), new TestNamingDetector(), new VersionFilesDetector(),
    ];

    public static ReconReport Run(string path) => new ReconEngine(Detectors).Run(new CodebaseLoader().Load(path));

    public static IReadOnlyList<ReconFact> Facts(string path) => Run(path).Facts.Where(f => f.Status != FactStatus.Unknown).ToArray();

    public static string Lines(IEnumerable<ReconFact> facts) =>
        string.Concat(facts.Select(Line).Order(StringComparer.Ordinal).Select(l => l + "\n"));

    public static string Line(ReconFact fact) =>
        $"{fact.Topic} | {fact.Name} | {fact.Value} | {fact.Status} | {string.Join(", ", fact.Evidence.Select(e => $"{e.Path}:{e.Line}"))}";
}
