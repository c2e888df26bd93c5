using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Retrieve.Signals;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>One ranking: the signals applied in order to one score board.</summary>
internal sealed class RankingRun
{
    // Commits of history behind a full-strength co-change signal.
    private const int MatureHistory = 100;

    private const int GraphSeeds = 30;
    private const int HistorySeeds = 8;
    private const double TestCap = 0.95;
    private const int DiversityWindow = 60;
    private const int FolderQuota = 3;
    private const double FolderDecay = 0.85;

    private readonly RankingOptions _options;
    private readonly CancellationToken _cancellationToken;
    private ImportGraph? _graph;

    public RankingRun(Codebase codebase, ReconReport recon, Query query, RankingOptions options, CancellationToken cancellationToken)
    {
        Codebase = codebase;
        Recon = recon;
        Query = query;
        _options = options;
        _cancellationToken = cancellationToken;
        Files = codebase.Files;
        Index = new Dictionary<string, int>(Files.Count, StringComparer.Ordinal);
        for (var i = 0; i < Files.Count; i++)
        {
            Index[Files[i].Path] = i;
        }

        SymbolsByPath = new Dictionary<string, List<CodeSymbol>>(StringComparer.Ordinal);
        foreach (var symbol in recon.Symbols)
        {
            if (!SymbolsByPath.TryGetValue(symbol.Path, out var list))
            {
                SymbolsByPath[symbol.Path] = list = [];
            }

            list.Add(symbol);
        }
    }

    public Codebase Codebase { get; }

    public ReconReport Recon { get; }

    public Query Query { get; }

    public RankingOptions Options => _options;

    public IReadOnlyList<SourceFile> Files { get; }

    public Dictionary<string, int> Index { get; }

    public Dictionary<string, List<CodeSymbol>> SymbolsByPath { get; }

    public ImportGraph Graph => _graph ??= ImportGraph.Build(Recon.Imports, Index);

    public RetrievalResult Execute(bool emptyRequest)
    {
        var terms = Query.Terms.Where(t => !t.IsSynonym).Select(t => t.Stem).ToArray();
        if (Files.Count == 0)
        {
            return new RetrievalResult { RankedFiles = [], Terms = terms, StructuralOnly = true, Message = "the codebase has no files to rank" };
        }

        if (emptyRequest || Query.IsEmpty)
        {
            var why = emptyRequest ? "the request is empty" : "the request has no words to search for (only common words)";
            return Structural(terms, why + "; showing the entry points and the most central files instead");
        }

        var noise = new double[Files.Count];
        for (var i = 0; i < Files.Count; i++)
        {
            noise[i] = PathKinds.NoiseFactor(Files[i].Path);
        }

        var counts = TermCounts.Build(Files, SymbolsByPath, Query, _cancellationToken);
        var lexical = LexicalScorer.Score(counts, Query, noise.Select(n => n * n).ToArray());
        if (!lexical.MatchedTerms.Any(m => m.Any(t => !Query.Terms[t].IsSynonym)))
        {
            var words = string.Join(", ", Query.Terms.Where(t => !t.IsSynonym).Select(t => $"'{t.Word}'"));
            return Structural(terms, $"no word of the request ({words}) occurs in the codebase; showing the entry points and the most central files instead");
        }

        var board = new ScoreBoard(Files.Count);
        for (var i = 0; i < Files.Count; i++)
        {
            if (lexical.Scores[i] > 0)
            {
                board.Add(i, "lexical", ReasonText.Lexical(Query, counts, i, lexical.MatchedTerms[i]), lexical.Scores[i] * noise[i]);
            }
        }

        var top = board.Scores.Max();
        AddGraph(board, top, noise);
        _cancellationToken.ThrowIfCancellationRequested();
        var subjects = StackRules.Apply(this, board, noise);
        AddHistory(board, top, noise);
        CapTests(board, subjects);
        Diversify(board);
        var order = board.Order();
        var ranked = new List<RankedFile>();
        foreach (var i in order)
        {
            if (ranked.Count >= _options.MaxFiles || board.Scores[i] <= 0)
            {
                break;
            }

            ranked.Add(new RankedFile(Files[i].Path, Math.Round(board.Scores[i], 4), Reasons(board, i), SymbolRanker.Rank(Query, SymbolsByPath.GetValueOrDefault(Files[i].Path))));
        }

        return new RetrievalResult
        {
            RankedFiles = ranked,
            NewFiles = NewFileProposer.Propose(this, ranked, _options.MaxNewFiles),
            Terms = terms,
        };
    }

    private static List<RankReason> Reasons(ScoreBoard board, int file) =>
        board.Reasons(file).OrderByDescending(r => r.Contribution).ThenBy(r => r.Signal, StringComparer.Ordinal)
            .Select(r => r with { Contribution = Math.Round(r.Contribution, 4) }).ToList();

    private void AddGraph(ScoreBoard board, double top, double[] noise)
    {
        var seeds = new double[Files.Count];
        foreach (var i in board.Order().Take(GraphSeeds))
        {
            seeds[i] = board.Scores[i] * board.Scores[i];
        }

        var received = PersonalizedPageRank.Run(Graph, seeds);
        var max = received.Max();
        if (max <= 0)
        {
            return;
        }

        for (var i = 0; i < Files.Count; i++)
        {
            if (received[i] > max * 0.02)
            {
                board.Add(i, "graph", ReasonText.Graph(this, i, seeds), _options.GraphWeight * top * noise[i] * received[i] / max);
            }
        }
    }

    private void AddHistory(ScoreBoard board, double top, double[] noise)
    {
        var history = CommitHistory.Load(Codebase, Index, _options, _cancellationToken);
        if (history is null || history.CommitCount == 0)
        {
            return;
        }

        // A young repository's history is a few weeks of work in which everything changed together: its co-change
        // says little about where a feature goes, so the signal grows with the number of commits behind it.
        // Measured on both localization sets: 100 commits lifted a young repository's case and cost the mature ones
        // nothing; 300 cost the mature ones.
        var confidence = Math.Min(1.0, history.CommitCount / (double)MatureHistory);
        var seeds = board.Order().Take(HistorySeeds).Select(i => (i, board.Scores[i])).ToList();
        var co = history.CoChange(seeds);
        var maxChurn = history.Churn.Max();
        for (var i = 0; i < Files.Count; i++)
        {
            if (co[i] > 0.05)
            {
                board.Add(i, "history", ReasonText.CoChange(this, history, i, seeds), _options.CoChangeWeight * confidence * top * noise[i] * co[i]);
            }

            if (maxChurn > 0 && history.Churn[i] > 0 && board.Scores[i] > 0)
            {
                board.Add(i, "history", "changed often and recently", _options.ChurnWeight * top * noise[i] * Math.Sqrt(history.Churn[i] / maxChurn));
            }
        }
    }

    // A test says as much as the file it tests: verbose, it matches more request words than its subject, so it
    // trails the subject instead of passing it.
    private static void CapTests(ScoreBoard board, Dictionary<int, List<int>> subjects)
    {
        foreach (var (test, sources) in subjects)
        {
            var cap = TestCap * sources.Max(s => board.Scores[s]);
            if (board.Scores[test] > cap)
            {
                board.Scale(test, cap / board.Scores[test]);
            }
        }
    }

    // One folder's files share their folder's words ("filters/_date_filter", "filters/_status_filter") and its
    // history, so they rise together and crowd out the other layers of a feature. Past the third file of a folder
    // among the leading ones, each further one counts a little less.
    private void Diversify(ScoreBoard board)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var factors = new List<(int File, double Factor)>();
        foreach (var i in board.Order().Take(DiversityWindow))
        {
            var folder = PathKinds.Directory(Files[i].Path);
            var n = seen[folder] = seen.GetValueOrDefault(folder) + 1;
            if (n > FolderQuota)
            {
                factors.Add((i, Math.Pow(FolderDecay, n - FolderQuota)));
            }
        }

        foreach (var (file, factor) in factors)
        {
            board.Scale(file, factor);
        }
    }

    private RetrievalResult Structural(string[] terms, string message) => new()
    {
        RankedFiles = StructuralRanking.Rank(this, _options.MaxFiles),
        Terms = terms,
        StructuralOnly = true,
        Message = message,
    };
}
