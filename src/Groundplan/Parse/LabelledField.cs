using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// A bold label ("**Files:**", "**File**:") and what follows it until the next label: the rest of its line, later lines of
/// the paragraph, list items (nested ones flattened, in order) and fenced blocks. The key "" holds what precedes any label.
/// </summary>
internal sealed class LabelledField(string key, int line)
{
    public string Key { get; } = key;

    public int Line { get; } = line;

    public List<string> Values { get; } = [];

    public List<(string Text, int Line, ListItemBlock Item)> Items { get; } = [];

    public List<FencedCodeBlock> Fences { get; } = [];

    public List<Block> Blocks { get; } = [];

    /// <summary>The label line's text (and its continuation lines), or "" when it says "none".</summary>
    public string Value
    {
        get
        {
            var value = string.Join(' ', Values).Trim();
            return IsNone(value) ? string.Empty : value;
        }
    }

    /// <summary>The item texts; a value on the label's line comes first when there is one.</summary>
    public IEnumerable<(string Text, int Line)> ValueAndItems()
    {
        if (Value.Length > 0)
        {
            yield return (Value, Line);
        }

        foreach (var (text, itemLine, _) in Items)
        {
            yield return (text, itemLine);
        }
    }

    public static bool IsNone(string text) =>
        text.Trim().TrimEnd('.').Trim('_', '*').Trim() is "" or "none" or "None" or "n/a" or "N/A" or "-";
}
