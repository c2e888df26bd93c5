namespace Groundplan.Recon.Detectors.Node;

/// <summary>The lines of a JavaScript/TypeScript function whose declaration opens on a given line, found by brace depth.</summary>
internal static class FunctionBody
{
    /// <summary>The lines after the declaration on index <paramref name="start"/>, up to the brace that closes it.</summary>
    public static IEnumerable<string> After(IReadOnlyList<string> lines, int start)
    {
        var depth = 0;
        var opened = false;
        for (var i = start; i < lines.Count; i++)
        {
            depth += lines[i].Count(c => c == '{') - lines[i].Count(c => c == '}');
            opened |= lines[i].Contains('{', StringComparison.Ordinal);
            if (i > start)
            {
                yield return lines[i];
            }

            if (opened && depth <= 0)
            {
                yield break;
            }
        }
    }
}
