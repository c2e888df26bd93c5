namespace Groundplan.Packing;

/// <summary>Orders paths the way packs list them: folders before files at each level, then by name.</summary>
/// <remarks>Names compare case-insensitively first (as people read a tree), then ordinally, so the order is total and culture-free.</remarks>
internal sealed class PackPathOrder : IComparer<string>
{
    public static readonly PackPathOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = x.AsSpan();
        var b = y.AsSpan();
        while (true)
        {
            var ia = a.IndexOf('/');
            var ib = b.IndexOf('/');
            var headA = ia < 0 ? a : a[..ia];
            var headB = ib < 0 ? b : b[..ib];
            if (!headA.SequenceEqual(headB))
            {
                // A folder (a part with more after it) sorts before a file at the same level.
                if (ia >= 0 && ib < 0)
                {
                    return -1;
                }

                if (ia < 0 && ib >= 0)
                {
                    return 1;
                }

                var byName = headA.CompareTo(headB, StringComparison.OrdinalIgnoreCase);
                return byName != 0 ? byName : headA.CompareTo(headB, StringComparison.Ordinal);
            }

            if (ia < 0 || ib < 0)
            {
                return (ia < 0 ? 0 : 1) - (ib < 0 ? 0 : 1);
            }

            a = a[(ia + 1)..];
            b = b[(ib + 1)..];
        }
    }
}
