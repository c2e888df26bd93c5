namespace Groundplan.Lint.Grounding;

/// <summary>Levenshtein distance with an upper bound, for "did you mean" over paths, scripts and symbols.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance between <paramref name="a"/> and <paramref name="b"/>, or <c>max + 1</c> once it exceeds <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="wanted"/> within a distance that grows with its length; ties go to the ordinal-first.</summary>
    public static string? Closest(string wanted, IEnumerable<string> candidates, int? maxDistance = null)
    {
        var max = maxDistance ?? Math.Max(1, Math.Min(4, wanted.Length / 4));
        string? best = null;
        var bestDistance = max + 1;
        foreach (var candidate in candidates)
        {
            var d = Compute(wanted, candidate, max);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return bestDistance <= max ? best : null;
    }
}
