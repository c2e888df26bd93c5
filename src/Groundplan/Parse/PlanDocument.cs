using Groundplan.Ingest.ContextDocs;
using Markdig;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// A Markdown plan parsed with Markdig, with the helpers every format reader needs: reported (1-based, file-relative)
/// lines of blocks and positions, the raw source of blocks, and the roles readers give lines for code spans and fences.
/// </summary>
internal sealed partial class PlanDocument
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build();

    private readonly int[] _lineStarts;
    private readonly Dictionary<int, CodeSpanRole> _spanRoles = [];
    private readonly Dictionary<FencedCodeBlock, FenceRole> _fenceRoles = [];

    /// <param name="text">The Markdown to parse ('\n' line endings).</param>
    /// <param name="lineOffset">How many lines of the file precede <paramref name="text"/> (a wrapper fence's content).</param>
    public PlanDocument(string text, int lineOffset)
    {
        Text = text;
        LineOffset = lineOffset;
        var lines = text.Split('\n');
        _lineStarts = new int[lines.Length];
        for (var i = 1; i < lines.Length; i++)
        {
            _lineStarts[i] = _lineStarts[i - 1] + lines[i - 1].Length + 1;
        }

        Root = Markdown.Parse(text, Pipeline);
        Blocks = [.. Root];
    }

    public string Text { get; }

    public int LineOffset { get; }

    public MarkdownDocument Root { get; }

    /// <summary>The document's top-level blocks in order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    public int LineOf(Block block) => block.Line + 1 + LineOffset;

    /// <summary>The reported line of a character position in <see cref="Text"/>.</summary>
    public int LineAt(int position) => LineIndex(position) + 1 + LineOffset;

    /// <summary>The 1-based column of a character position in <see cref="Text"/>.</summary>
    public int ColumnAt(int position) => position - _lineStarts[LineIndex(position)] + 1;

    /// <summary>The reported line on which <paramref name="block"/> ends.</summary>
    public int EndLineOf(Block block) => block.Span.IsEmpty ? LineOf(block) : LineAt(Math.Max(block.Span.Start, block.Span.End));

    /// <summary>The block's source text exactly as written (empty for an empty block).</summary>
    public string Raw(Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, Text.Length);
        var end = Math.Clamp(block.Span.End + 1, start, Text.Length);
        return block.Span.IsEmpty ? string.Empty : Text[start..end];
    }

    /// <summary>A block's source lines, each trimmed, joined by single spaces: the inline text of a paragraph as written.</summary>
    public string Flat(Block block) =>
        string.Join(' ', Raw(block).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>The text of a list item's first paragraph as written, on one line ("" when it has none).</summary>
    public string ItemText(ListItemBlock item) => item.Count > 0 && item[0] is ParagraphBlock paragraph ? Flat(paragraph) : string.Empty;

    public static string HeadingText(HeadingBlock heading) => InlineText.Plain(heading.Inline).Trim();

    /// <summary>Says what code spans on the lines of <paramref name="block"/> belong to (the last call wins).</summary>
    public void Mark(Block block, CodeSpanRole role)
    {
        for (var line = LineOf(block); line <= EndLineOf(block); line++)
        {
            _spanRoles[line] = role;
        }
    }

    public void MarkLine(int line, CodeSpanRole role) => _spanRoles[line] = role;

    public void MarkFence(FencedCodeBlock fence, FenceRole role) => _fenceRoles[fence] = role;

    public CodeSpanRole RoleOfLine(int line) => _spanRoles.TryGetValue(line, out var role) ? role : CodeSpanRole.Prose;

    public FenceRole RoleOf(FencedCodeBlock fence) => _fenceRoles.TryGetValue(fence, out var role) ? role : FenceRole.Other;

    private int LineIndex(int position)
    {
        var index = Array.BinarySearch(_lineStarts, Math.Clamp(position, 0, Math.Max(0, Text.Length)));
        return index >= 0 ? index : ~index - 1;
    }
}
