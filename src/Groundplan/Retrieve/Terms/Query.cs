using System.Runtime.InteropServices;

namespace Groundplan.Retrieve.Terms;

/// <summary>The request as terms: stems with weights, their index by stem, and the adjacent pairs ("base url") to match as phrases.</summary>
internal sealed partial class Query
{
    private const double StoryWeight = 0.5;
    private const double SynonymWeight = 0.3;

    private const double ImpliedWeight = 0.4;

    // BM25's query-term saturation: a word the request repeats ("invoice ... Invoices", "export ... an export of")
    // is what it is about, but the third mention adds less than the second.
    private const double RepeatSaturation = 1.2;

    private static readonly HashSet<string> SettingWords = new(StringComparer.Ordinal)
    {
        "disable", "disabled", "disabling", "enable", "enabling", "toggle", "configure", "configurable", "configuration", "option", "default", "preference",
        "customizable", "customisable", "customize", "customise", "adjustable",
    };

    private readonly Dictionary<string, int> _index;

    private Query(List<QueryTerm> terms, List<(int First, int Second)> pairs, List<int[]> runs)
    {
        Terms = terms;
        Pairs = pairs;
        Runs = runs;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            _index[terms[i].Stem] = i;
        }

        Lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<QueryTerm> Terms { get; }

    /// <summary>Pairs of term indexes that stand next to each other in the request.</summary>
    public IReadOnlyList<(int First, int Second)> Pairs { get; }

    /// <summary>Runs of two or more request words with no glue word between them ("order history", "api key"), as term indexes.</summary>
    public IReadOnlyList<int[]> Runs { get; }

    /// <summary>Finds a term by stem without allocating.</summary>
    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    public bool IsEmpty => Terms.Count == 0;

    public int IndexOf(string stem) => _index.GetValueOrDefault(stem, -1);

    public static Query Parse(string request, string? story)
    {
        // "feat(auth): ..." is commit metadata: the type says nothing about where the change goes; the scope often does.
        request = ConventionalType().Replace(request, "${scope} ");
        var terms = new List<QueryTerm>();
        var byStem = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new List<(int, int)>();
        var mentions = new List<int>();
        var runs = new List<int[]>();
        AddText(request, 1.0, terms, byStem, pairs, mentions, runs);
        for (var i = 0; i < terms.Count; i++)
        {
            var q = mentions[i];
            terms[i] = terms[i] with { Weight = terms[i].Weight * (RepeatSaturation + 1) * q / (RepeatSaturation + q) };
        }

        if (!string.IsNullOrWhiteSpace(story))
        {
            AddText(story, StoryWeight, terms, byStem, pairs, null, null);
        }

        var implied = Implied(request + "\n" + story);
        var direct = terms.Count;
        for (var i = 0; i < direct; i++)
        {
            foreach (var synonym in DomainSynonyms.Of(terms[i].Stem))
            {
                // A synonym's stem can land on a glue word ("note" on "not"), which would match everywhere.
                if (!byStem.ContainsKey(synonym) && !StopWords.Contains(synonym))
                {
                    byStem[synonym] = terms.Count;
                    terms.Add(new QueryTerm(synonym, terms[i].Word, terms[i].Weight * SynonymWeight, IsSynonym: true, Group: i));
                }
            }
        }

        // Two request words side by side may be one word in the code ("Diaper Change" for diaperchange_list.html,
        // "date picker" for datepicker): the pair joined is looked for too, weighing as the lighter of the two (measured
        // on both localization sets against half that: no case lost, more gained).
        foreach (var (first, second) in pairs.Distinct().ToList())
        {
            var word = terms[first].Word + terms[second].Word;
            if (terms[first].IsSynonym || terms[second].IsSynonym || word.Length > CodeTokenizer.MaxTokenLength)
            {
                continue;
            }

            var joined = Stemmer.Stem(word);
            if (!byStem.ContainsKey(joined))
            {
                byStem[joined] = terms.Count;
                terms.Add(new QueryTerm(joined, word, Math.Min(terms[first].Weight, terms[second].Weight), IsSynonym: true, Group: terms.Count, IsJoined: true));
            }
        }

        foreach (var (stem, word) in implied)
        {
            if (!byStem.ContainsKey(stem))
            {
                byStem[stem] = terms.Count;
                terms.Add(new QueryTerm(stem, word, ImpliedWeight, IsSynonym: true, Group: terms.Count, IsImplied: true));
            }
        }

        return new Query(terms, pairs.Distinct().ToList(), runs);
    }

    /// <summary>Stems a request implies without naming them: turning something on or off, or choosing a default, is a setting.</summary>
    private static List<(string Stem, string Word)> Implied(string text)
    {
        var implied = new List<(string, string)>();
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var tokens = new CodeTokenizer(text, buffer);
        while (tokens.MoveNext())
        {
            var word = new string(tokens.Current);
            if (SettingWords.Contains(word))
            {
                implied.Add(("sett", word));
                implied.Add(("config", word));
                break;
            }
        }

        return implied;
    }

    /// <summary>
    /// Words of a Title-Case run after the first word ("Recently Added", "On Hold"): a label in the UI, where a
    /// stop word is part of the name.
    /// </summary>
    private static HashSet<string> Labelled(string text)
    {
        var labelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match run in LabelRun().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in run.Index == 0 ? words.Skip(1) : words)
            {
                labelled.Add(word.ToLowerInvariant());
            }
        }

        return labelled;
    }

    private static void AddText(string text, double weight, List<QueryTerm> terms, Dictionary<string, int> byStem, List<(int, int)> pairs, List<int>? mentions, List<int[]>? runs)
    {
        var labelled = Labelled(text);
        var run = new List<int>();
        Span<char> buffer = stackalloc char[CodeTokenizer.MaxTokenLength];
        var tokens = new CodeTokenizer(text, buffer);
        var previous = -1;
        while (tokens.MoveNext())
        {
            var word = new string(tokens.Current);
            if (StopWords.Contains(word) && !labelled.Contains(word))
            {
                previous = -1;
                EndRun(run, runs);
                continue;
            }

            var stem = new string(buffer[..Stemmer.Stem(buffer, tokens.Length)]);
            if (StopWords.ContainsStem(stem) && !labelled.Contains(word))
            {
                previous = -1;
                EndRun(run, runs);
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(byStem, stem, out var exists);
            if (!exists)
            {
                slot = terms.Count;
                terms.Add(new QueryTerm(stem, word, weight, IsSynonym: false, Group: terms.Count));
            }
            else if (terms[slot].Weight < weight)
            {
                terms[slot] = terms[slot] with { Weight = weight, IsSynonym = false };
            }

            var current = slot;
            if (mentions is not null)
            {
                if (current == mentions.Count)
                {
                    mentions.Add(0);
                }

                mentions[current]++;
            }

            if (previous >= 0 && previous != current)
            {
                pairs.Add((previous, current));
            }

            previous = current;
            run.Add(current);
        }

        EndRun(run, runs);
    }

    private static void EndRun(List<int> run, List<int[]>? runs)
    {
        if (runs is not null && run.Count >= 2)
        {
            runs.Add([.. run]);
        }

        run.Clear();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+)+(?![A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex LabelRun();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:feat|fix|chore|refactor|perf|style)(?:\((?<scope>[^)]*)\))?!?:", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ConventionalType();
}
