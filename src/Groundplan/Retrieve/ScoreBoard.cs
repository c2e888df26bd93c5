using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve;

/// <summary>Every file's score so far and the reasons behind it, signal by signal.</summary>
internal sealed class ScoreBoard(int files)
{
    private readonly List<RankReason>?[] _reasons = new List<RankReason>?[files];

    public double[] Scores { get; } = new double[files];

    public int Count => Scores.Length;

    public void Add(int file, string signal, string detail, double contribution)
    {
        if (contribution <= 0 || double.IsNaN(contribution))
        {
            return;
        }

        Scores[file] += contribution;
        (_reasons[file] ??= []).Add(new RankReason(signal, detail, contribution));
    }

    /// <summary>Scales a file's score and reasons (a penalty for generated or vendored files).</summary>
    public void Scale(int file, double factor)
    {
        Scores[file] *= factor;
        if (_reasons[file] is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                list[i] = list[i] with { Contribution = list[i].Contribution * factor };
            }
        }
    }

    public IReadOnlyList<RankReason> Reasons(int file) => _reasons[file] ?? [];

    /// <summary>File indexes by score, best first; ties by index (paths are sorted, so by path).</summary>
    public int[] Order()
    {
        var order = new int[Scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var scores = Scores;
        Array.Sort(order, (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : a.CompareTo(b));
        return order;
    }
}
