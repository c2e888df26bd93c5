using Groundplan.Model.Recon;
using Groundplan.Model;
using Groundplan.Recon;

namespace Groundplan.Lint.Grounding;

/// <summary>
/// What lint knows about a codebase, built once and shared by every plan linted against it: paths, commands,
/// the recon facts of the text detectors, and symbols indexed file by file on demand. It never builds the full
/// symbol index; that is what keeps lint cheaper than recon.
/// </summary>
internal sealed class CodebaseIndex
{
    /// <summary>The recon topics lint's rules and command catalog read; detectors that declare none of them do not run.</summary>
    public static readonly IReadOnlySet<string> TopicsRead = new HashSet<string>(StringComparer.Ordinal)
    {
        ReconTopic.Authentication, ReconTopic.Authorization, ReconTopic.Cache, ReconTopic.CacheInvalidation, ReconTopic.CiCommand,
        ReconTopic.Command, ReconTopic.Lint, ReconTopic.MigrationCommand, ReconTopic.Naming, ReconTopic.SchemaFile,
        ReconTopic.TestCommand, ReconTopic.TestNaming,
    };

    private readonly Task<(IReadOnlyList<ReconFact> Facts, CommandCatalog Commands)> _detected;

    public CodebaseIndex(Codebase codebase, IReadOnlyList<IDetector> detectors)
    {
        Codebase = codebase;
        // The detectors run in the background: the plan's outline, its references and the structure rules need only
        // the paths, and are done by the time a rule first asks for a fact.
        _detected = Task.Run(() => Detect(codebase, detectors));
        Paths = new PathIndex(codebase);
        Symbols = new SymbolLookup(codebase);
    }

    public Codebase Codebase { get; }

    public PathIndex Paths { get; }

    public IReadOnlyList<ReconFact> Facts => _detected.GetAwaiter().GetResult().Facts;

    public CommandCatalog Commands => _detected.GetAwaiter().GetResult().Commands;

    public SymbolLookup Symbols { get; }

    /// <exception cref="InvalidOperationException">A rule asks about a topic missing from <see cref="TopicsRead"/>, whose detectors may not have run.</exception>
    private static (IReadOnlyList<ReconFact> Facts, CommandCatalog Commands) Detect(Codebase codebase, IReadOnlyList<IDetector> detectors)
    {
        // No built-in detector reads the symbol index, so they run on the text alone.
        var recon = new ReconContext(codebase, [], []);
        var found = new ReconFact[detectors.Count][];
        Parallel.For(0, detectors.Count, i =>
        {
            try
            {
                found[i] = detectors[i].Detect(recon).ToArray();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad detector must not sink lint: the facts it would have given are simply absent.
                found[i] = [];
            }
        });
        var facts = found.SelectMany(f => f)
            .OrderBy(f => f.Topic, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToArray();
        return (facts, new CommandCatalog(codebase, facts, recon));
    }

    public IEnumerable<ReconFact> FactsAbout(string topic) => TopicsRead.Contains(topic)
        ? Facts.Where(f => f.Topic == topic && f.Status != FactStatus.Unknown)
        : throw new InvalidOperationException($"lint reads no '{topic}' facts: add the topic to {nameof(CodebaseIndex)}.{nameof(TopicsRead)}");
}
