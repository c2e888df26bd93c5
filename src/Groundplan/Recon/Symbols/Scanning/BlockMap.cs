namespace Groundplan.Recon.Symbols.Scanning;

/// <summary>The brace blocks of a masked text: where each opens and closes and which block holds it.</summary>
internal sealed class BlockMap
{
    private readonly List<int> _opens = [];
    private readonly List<int> _closes = [];
    private readonly List<int> _parents = [];
    private readonly Dictionary<int, int> _byOpen = [];

    public BlockMap(string masked)
    {
        var stack = new Stack<int>();
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == '{')
            {
                _byOpen[i] = _opens.Count;
                _parents.Add(stack.Count > 0 ? stack.Peek() : -1);
                stack.Push(_opens.Count);
                _opens.Add(i);
                _closes.Add(masked.Length - 1);
            }
            else if (masked[i] == '}' && stack.Count > 0)
            {
                _closes[stack.Pop()] = i;
            }
        }
    }

    /// <summary>The offset of the brace closing the block opened at <paramref name="open"/> (the text's end when unclosed).</summary>
    public int CloseOf(int open) => _closes[_byOpen[open]];

    /// <summary>The opening offset of the innermost block strictly holding <paramref name="offset"/>, or -1 at top level.</summary>
    public int Enclosing(int offset)
    {
        var index = _opens.BinarySearch(offset);
        var block = index >= 0 ? index - 1 : ~index - 1;
        while (block >= 0 && _closes[block] < offset)
        {
            block = _parents[block];
        }

        return block >= 0 ? _opens[block] : -1;
    }
}
