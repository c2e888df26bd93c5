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
    public CodebaseIndex(Codebase codebase, IReadOnlyList<IDetector> detectors)
    {
        Codebase = codebase;
        Paths = new PathIndex(codebase);
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
        Facts = found.SelectMany(f => f)
            .OrderBy(f => f.Topic, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToArray();
        Commands = new CommandCatalog(codebase, Facts, recon);
        Symbols = new SymbolLookup(codebase);
    }

    public Codebase Codebase { get; }

    public PathIndex Paths { get; }

    public IReadOnlyList<ReconFact> Facts { get; }

    public CommandCatalog Commands { get; }

    public SymbolLookup Symbols { get; }

    public IEnumerable<ReconFact> FactsAbout(string topic) => Facts.Where(f => f.Topic == topic && f.Status != FactStatus.Unknown);
}
