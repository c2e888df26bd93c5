using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve.Signals;

/// <summary>
/// How often each request term occurs in each field of each file, and each field's length, from one pass over
/// every file. Only request terms are counted, so the cost is one tokenizer pass and one hash lookup per token.
/// </summary>
internal sealed class TermCounts
{
    public const int FieldCount = 4;

    private readonly float[][] _counts;
    private readonly int[][] _lengths;

    private TermCounts(int files, int terms)
    {
        FileCount = files;
        TermCount = terms;
        _counts = new float[FieldCount][];
        _lengths = new int[FieldCount][];
        for (var f = 0; f < FieldCount; f++)
        {
            _counts[f] = new float[files * terms];
            _lengths[f] = new int[files];
        }

        PairHits = new int[files];
        Phrases = new Phrase?[files];
    }

    public int FileCount { get; }

    public int TermCount { get; }

    /// <summary>Per file: how many times two adjacent request words appear next to each other (BaseUrl, base_url, "base url").</summary>
    public int[] PairHits { get; }

    /// <summary>
    /// Per file: the request terms its name is made of when the name before the first dot is two or more request words
    /// side by side (order-history.component.ts for "Order History", ApiKey.cs for "api key"); null otherwise.
    /// </summary>
    public Phrase?[] Phrases { get; }

    /// <summary>A file name made of request words: the terms, and how much of the request's run of words they cover.</summary>
    public sealed record Phrase(int[] Terms, double Coverage);

    public float Count(FileField field, int file, int term) => _counts[(int)field][(file * TermCount) + term];

    public int Length(FileField field, int file) => _lengths[(int)field][file];

    public static TermCounts Build(IReadOnlyList<SourceFile> files, IReadOnlyDictionary<string, List<CodeSymbol>> symbols, Query query, CancellationToken cancellationToken)
    {
        var counts = new TermCounts(files.Count, query.Terms.Count);
        var pairs = new HashSet<(int, int)>(query.Pairs);
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = files[i];
            var slash = file.Path.LastIndexOf('/');
            var name = file.Path.AsSpan(slash + 1);
            counts.Scan(FileField.Name, i, name, query, pairs);
            if (query.Runs.Count > 0)
            {
                var stem = name.IndexOf('.') is var dot and > 0 ? name[..dot] : name;
                var folder = slash < 0 ? default : file.Path.AsSpan(0, slash);
                folder = folder[(folder.LastIndexOf('/') + 1)..];

                // A one-word name takes its folder's words before it: invoices/_form.html.erb is the invoice form.
                counts.Phrases[i] = PhraseName(default, stem, query) ?? (folder.IsEmpty ? null : PhraseName(folder, stem, query, oneWordName: true));
            }
            counts.Scan(FileField.Directory, i, slash < 0 ? default : file.Path.AsSpan(0, slash), query, null);
            if (symbols.TryGetValue(file.Path, out var list))
            {
                foreach (var symbol in list)
                {
                    counts.Scan(FileField.Symbol, i, symbol.Name, query, null);
                }
            }

            counts.Scan(FileField.Content, i, file.Text, query, pairs);
        });
        return counts;
    }

    private static Phrase? PhraseName(ReadOnlySpan<char> folder, ReadOnlySpan<char> name, Query query, bool oneWordName = false)
    {
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var words = new List<int>();
        if (!RequestWords(folder, query, buffer, words))
        {
            return null;
        }

        var inFolder = words.Count;
        if (!RequestWords(name, query, buffer, words))
        {
            return null;
        }

        var inName = words.Count - inFolder;
        if (oneWordName && inName != 1)
        {
            return null;
        }

        if (words.Count < 2)
        {
            return null;
        }

        // The shortest run holding the name: "order-history" names all of "Order History" but half of "order history export button".
        var shortest = int.MaxValue;
        foreach (var run in query.Runs)
        {
            for (var start = 0; start + words.Count <= run.Length; start++)
            {
                if (run.Length < shortest && run.AsSpan(start, words.Count).SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words)))
                {
                    shortest = run.Length;
                }
            }
        }

        return shortest == int.MaxValue ? null : new Phrase([.. words], (double)words.Count / shortest);
    }

    /// <summary>Appends the request terms <paramref name="text"/> is made of; false when one of its words is not a request word.</summary>
    private static bool RequestWords(ReadOnlySpan<char> text, Query query, Span<char> buffer, List<int> words)
    {
        var tokens = new CodeTokenizer(text, buffer);
        while (tokens.MoveNext())
        {
            if (!query.Lookup.TryGetValue(buffer[..Stemmer.Stem(buffer, tokens.Length)], out var term) || query.Terms[term].IsSynonym)
            {
                return false;
            }

            words.Add(term);
        }

        return true;
    }

    private void Scan(FileField field, int file, ReadOnlySpan<char> text, Query query, HashSet<(int, int)>? pairs)
    {
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var tokens = new CodeTokenizer(text, buffer);
        var row = _counts[(int)field].AsSpan(file * TermCount, TermCount);
        var length = 0;
        var previous = -1;
        var pairHits = 0;

        // In names and symbols a request's one word may be two of the code's ("chatstate" for ChatState, "navbar"
        // for NavBar): each token is also tried joined to the one before it. Content is left out: it is the hot path.
        var compounds = field is FileField.Name or FileField.Symbol;
        Span<char> joined = stackalloc char[compounds ? 2 * CodeTokenizer.MaxTokenLength : 0];
        var before = 0;
        while (tokens.MoveNext())
        {
            length++;
            if (compounds)
            {
                before = Compound(joined, before, buffer[..tokens.Length], query, row);
            }

            var stemLength = Stemmer.Stem(buffer, tokens.Length);
            if (query.Lookup.TryGetValue(buffer[..stemLength], out var term))
            {
                row[term]++;
                if (pairs is not null && previous >= 0 && pairs.Contains((previous, term)))
                {
                    pairHits++;
                }

                previous = term;
            }
            else
            {
                previous = -1;
            }
        }

        _lengths[(int)field][file] += length;
        if (pairs is not null)
        {
            PairHits[file] += pairHits;
        }
    }

    /// <summary>
    /// Counts the previous token joined to <paramref name="token"/> when that is a request word of its own; keeps
    /// <paramref name="token"/> at the start of <paramref name="joined"/> for the next call and returns its length.
    /// </summary>
    private static int Compound(Span<char> joined, int before, ReadOnlySpan<char> token, Query query, Span<float> row)
    {
        if (before > 0)
        {
            token.CopyTo(joined[before..]);
            var stem = Stemmer.Stem(joined, before + token.Length);
            if (query.Lookup.TryGetValue(joined[..stem], out var term) && !query.Terms[term].IsSynonym)
            {
                row[term]++;
            }
        }

        token.CopyTo(joined);
        return token.Length;
    }
}
