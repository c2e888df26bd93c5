using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>A heading and the top-level blocks it governs: <see cref="Start"/>..<see cref="End"/> (exclusive) index the document's blocks.</summary>
internal sealed record Section(HeadingBlock Heading, string Text, string Key, int Start, int End)
{
    /// <summary>The sub-sections of blocks <paramref name="from"/>..<paramref name="to"/>: the headings of the smallest level found there.</summary>
    public static List<Section> Children(IReadOnlyList<Block> blocks, int from, int to)
    {
        var headings = Enumerable.Range(from, Math.Max(0, to - from)).Where(i => blocks[i] is HeadingBlock).ToList();
        if (headings.Count == 0)
        {
            return [];
        }

        var level = headings.Min(i => ((HeadingBlock)blocks[i]).Level);
        var children = new List<Section>();
        foreach (var index in headings.Where(i => ((HeadingBlock)blocks[i]).Level == level))
        {
            var end = index + 1;
            while (end < to && !(blocks[end] is HeadingBlock next && next.Level <= level))
            {
                end++;
            }

            var heading = (HeadingBlock)blocks[index];
            var text = PlanDocument.HeadingText(heading);
            children.Add(new Section(heading, text, HeadingKey.Of(text), index + 1, end));
        }

        return children;
    }

    public List<Section> Children(IReadOnlyList<Block> blocks) => Children(blocks, Start, End);

    /// <summary>The section's own blocks, before its first sub-heading.</summary>
    public IEnumerable<Block> Body(IReadOnlyList<Block> blocks)
    {
        for (var i = Start; i < End && blocks[i] is not HeadingBlock; i++)
        {
            yield return blocks[i];
        }
    }

    /// <summary>All blocks of the section, sub-sections included.</summary>
    public IEnumerable<Block> All(IReadOnlyList<Block> blocks) => Enumerable.Range(Start, End - Start).Select(i => blocks[i]);
}
