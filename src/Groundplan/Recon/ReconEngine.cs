using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Symbols;

namespace Groundplan.Recon;

/// <summary>Recon reads top to bottom as its data flow: index symbols and imports, run the detectors, say what is unknown.</summary>
public sealed class ReconEngine
{
    /// <summary>The topics a plan cannot do without: when no detector answers one, recon says it is unknown.</summary>
    public static readonly IReadOnlyList<string> RequiredTopics =
    [
        ReconTopic.Language, ReconTopic.Framework, ReconTopic.DataLayer, ReconTopic.MigrationCommand, ReconTopic.Cache,
        ReconTopic.Authentication, ReconTopic.Authorization, ReconTopic.Validation, ReconTopic.TestFramework,
        ReconTopic.TestCommand, ReconTopic.Lint, ReconTopic.CiCommand,
    ];

    // Built on first run, after the index has started: instantiating every detector by reflection is a cold start's
    // serial cost, and the index is the run's longest path.
    private readonly Lazy<IReadOnlyList<IDetector>> _detectors;

    /// <summary>Creates an engine with the given detectors, or every built-in one when null.</summary>
    public ReconEngine(IReadOnlyList<IDetector>? detectors = null)
    {
        _detectors = new(() => detectors ?? BuiltInDetectors());
    }

    /// <summary>A new instance of every built-in detector, ordered by id.</summary>
    internal static IReadOnlyList<IDetector> BuiltInDetectors() =>
        BuiltIns.Detectors().OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    /// <summary>Analyses <paramref name="codebase"/>.</summary>
    public ReconReport Run(Codebase codebase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(codebase);
        // Detectors read text, so they run while the index is built; one that reads symbols waits for it.
        var index = Task.Run(() => SymbolIndexBuilder.Build(codebase, BuiltInIndexers(codebase)), cancellationToken);
        var context = new ReconContext(codebase, index.ContinueWith(t => (t.Result.Symbols, t.Result.Imports), TaskScheduler.Default));

        var detectors = _detectors.Value;
        var found = new ReconFact[detectors.Count][];
        var failures = new string?[detectors.Count];
        Parallel.For(0, detectors.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                found[i] = detectors[i].Detect(context).ToArray();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad detector must not sink the run: its failure is reported by id.
                found[i] = [];
                failures[i] = $"detector {detectors[i].Id} failed: {e.GetType().Name}: {e.Message}";
            }
        });

        var (symbols, imports, indexDiagnostics) = index.GetAwaiter().GetResult();
        var facts = found.SelectMany(f => f).ToList();
        var diagnostics = indexDiagnostics.Concat(failures.OfType<string>()).ToList();
        foreach (var topic in RequiredTopics.Where(t => !facts.Any(f => f.Topic == t)))
        {
            facts.Add(new ReconFact(topic, topic, "unknown: the codebase shows no evidence", FactStatus.Unknown, [], "recon"));
        }

        return new ReconReport
        {
            Facts = Merge(facts),
            Symbols = symbols,
            Imports = imports,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Stack and cross-stack detectors can see the same thing (a Rails app's spec/ folder, a .ruby-version):
    /// one fact per topic, name, value and status, with every detector's evidence.
    /// </summary>
    private static ReconFact[] Merge(IEnumerable<ReconFact> facts) =>
        facts.GroupBy(f => (f.Topic, f.Name, f.Value, f.Status))
            .Select(g => g.First() with
            {
                // Detectors put the evidence to imitate first; keep their order.
                Evidence = g.SelectMany(f => f.Evidence).Distinct().ToArray(),
                Detector = string.Join(",", g.Select(f => f.Detector).Distinct().Order(StringComparer.Ordinal)),
            })
            .OrderBy(f => f.Topic, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ThenBy(f => f.Value, StringComparer.Ordinal).ThenBy(f => f.Status).ToArray();

    /// <summary>A new instance of every built-in language indexer for <paramref name="codebase"/>, ordered by type name.</summary>
    internal static ILanguageIndexer[] BuiltInIndexers(Codebase codebase) => BuiltIns.Indexers(codebase);
}
