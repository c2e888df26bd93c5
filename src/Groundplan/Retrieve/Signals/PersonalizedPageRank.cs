namespace Groundplan.Retrieve.Signals;

/// <summary>
/// Personalised PageRank: random walks that restart at the lexical hits, so files the hits import, or that import
/// the hits, gather score in proportion to how tightly they are connected to them.
/// </summary>
internal static class PersonalizedPageRank
{
    /// <summary>Returns, per file, the score that reached it through the graph (its own restart share left out).</summary>
    public static double[] Run(ImportGraph graph, double[] seeds, double restart = 0.3, int iterations = 20)
    {
        var n = graph.Count;
        var total = seeds.Sum();
        var received = new double[n];
        if (total <= 0 || n == 0)
        {
            return received;
        }

        var start = new double[n];
        for (var i = 0; i < n; i++)
        {
            start[i] = seeds[i] / total;
        }

        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
        {
            foreach (var (_, w) in graph.Edges(i))
            {
                outWeight[i] += w;
            }
        }

        var rank = (double[])start.Clone();
        var next = new double[n];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(next);
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (rank[i] == 0)
                {
                    continue;
                }

                if (outWeight[i] == 0)
                {
                    dangling += rank[i];
                    continue;
                }

                var spread = (1 - restart) * rank[i] / outWeight[i];
                foreach (var (to, w) in graph.Edges(i))
                {
                    next[to] += spread * w;
                }
            }

            // Walks from files without edges, and every walk's restart, go back to the seeds.
            var back = (restart * 1.0) + ((1 - restart) * dangling);
            for (var i = 0; i < n; i++)
            {
                received[i] = next[i];
                next[i] += back * start[i];
            }

            (rank, next) = (next, rank);
        }

        return received;
    }
}
