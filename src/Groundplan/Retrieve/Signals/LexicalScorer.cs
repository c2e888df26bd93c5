using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve.Signals;

/// <summary>
/// BM25F over the fields of a file: each field's term frequency is normalised by that field's length and
/// weighted, the weighted sum saturates once per term, and rare terms count more (IDF). Adjacent request words
/// found next to each other in the code add a phrase bonus.
/// </summary>
internal static class LexicalScorer
{
    private const double K1 = 1.2;
    private const double PairBonus = 0.5;

    // A file named after the request's words is usually the one to change: the name counts once more, by how
    // much of the name the words cover ("account.rb" fully, "account_sync_job.rb" a third).
    private const double NameBonus = 0.6;
    private const double GroupOverflow = 1.0;

    // A name made of request words side by side ("order-history.component.ts" for "Order History") is what the
    // request calls the thing, not a file that merely mentions its words: each word's name bonus counts once more.
    private const double PhraseNameBonus = 0.3;

    private static readonly double[] Weights = [5.0, 2.0, 2.5, 1.0];
    private static readonly double[] LengthNorm = [0.3, 0.3, 0.5, 0.75];

    public sealed record Result(double[] Scores, int[][] MatchedTerms, double[] Idf);

    /// <summary>Scores every file; <paramref name="weight"/> is how much each file counts towards a term's document frequency (1 for ordinary files).</summary>
    public static Result Score(TermCounts counts, Query query, IReadOnlyList<double> weight)
    {
        var files = counts.FileCount;
        var terms = counts.TermCount;
        var averages = new double[TermCounts.FieldCount];
        for (var f = 0; f < TermCounts.FieldCount; f++)
        {
            long sum = 0;
            for (var i = 0; i < files; i++)
            {
                sum += counts.Length((FileField)f, i);
            }

            averages[f] = files == 0 ? 1 : Math.Max(1.0, (double)sum / files);
        }

        // Translations, builds and vendored copies repeat the product's words in bulk (fifty locale files all name
        // the feature); counted in full they make the feature's own name look common. The caller passes each file's noise
        // factor squared (a translation counts 0.02), measured against the plain factor: the feature's name still ranked low.
        var df = new double[terms];
        var total = 0.0;
        for (var i = 0; i < files; i++)
        {
            total += weight[i];
            for (var t = 0; t < terms; t++)
            {
                if (AnyField(counts, i, t))
                {
                    df[t] += weight[i];
                }
            }
        }

        var idf = new double[terms];
        for (var t = 0; t < terms; t++)
        {
            idf[t] = Math.Log(1 + ((total - df[t] + 0.5) / (df[t] + 0.5)));
        }

        var pairIdf = query.Pairs.Count == 0 ? 0 : query.Pairs.Average(p => (idf[p.First] + idf[p.Second]) / 2);
        var scores = new double[files];
        var matched = new int[files][];
        var hits = new List<int>();
        var byGroup = new double[terms];
        for (var i = 0; i < files; i++)
        {
            hits.Clear();
            Array.Clear(byGroup);
            for (var t = 0; t < terms; t++)
            {
                var pseudo = 0.0;
                for (var f = 0; f < TermCounts.FieldCount; f++)
                {
                    var tf = counts.Count((FileField)f, i, t);
                    if (tf > 0)
                    {
                        var norm = 1 - LengthNorm[f] + (LengthNorm[f] * counts.Length((FileField)f, i) / averages[f]);
                        pseudo += Weights[f] * tf / norm;
                    }
                }

                if (pseudo > 0)
                {
                    var termScore = query.Terms[t].Weight * idf[t] * pseudo / (K1 + pseudo);
                    hits.Add(t);
                    var inName = counts.Count(FileField.Name, i, t);
                    if (inName > 0)
                    {
                        var nameWords = Math.Max(1, counts.Length(FileField.Name, i) - 1);
                        termScore += NameBonus * query.Terms[t].Weight * idf[t] * Math.Min(1.0, inName / nameWords);
                    }

                    // A word and its synonyms add up (measured: capping them at the best one lost recall on the benchmark).
                    var group = query.Terms[t].Group;
                    var best = byGroup[group];
                    byGroup[group] = Math.Max(best, termScore) + (GroupOverflow * Math.Min(best, termScore));
                }
            }

            var score = 0.0;
            foreach (var value in byGroup)
            {
                score += value;
            }

            if (counts.PairHits[i] > 0)
            {
                score += PairBonus * pairIdf * Math.Min(counts.PairHits[i], 4) / 4.0 * 2;
            }

            if (counts.Phrases[i] is { } phrase)
            {
                foreach (var t in phrase.Terms)
                {
                    score += PhraseNameBonus * phrase.Coverage * query.Terms[t].Weight * idf[t];
                }
            }

            scores[i] = score;
            matched[i] = [.. hits];
        }

        return new Result(scores, matched, idf);
    }

    private static bool AnyField(TermCounts counts, int file, int term)
    {
        for (var f = 0; f < TermCounts.FieldCount; f++)
        {
            if (counts.Count((FileField)f, file, term) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
