using Groundplan.Ingest.ContextDocs;
using Markdig.Syntax;

namespace Groundplan.Parse;

internal sealed partial class PlanDocument
{
    public List<PlanHeading> Headings() =>
        [.. Root.Descendants<HeadingBlock>().Select(h => new PlanHeading(h.Level, HeadingText(h), LineOf(h)))];

    /// <summary>Every code span in document order; spans in headings are <see cref="CodeSpanRole.Heading"/>, others take their line's role.</summary>
    public List<PlanCodeSpan> CodeSpans()
    {
        var spans = new List<PlanCodeSpan>();
        foreach (var leaf in Root.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null)
            {
                continue;
            }

            foreach (var code in InlineText.CodeSpans(leaf.Inline))
            {
                var line = LineAt(code.Span.Start);
                var role = leaf is HeadingBlock ? CodeSpanRole.Heading : RoleOfLine(line);
                spans.Add(new PlanCodeSpan(code.Content, line, ColumnAt(code.Span.Start), role));
            }
        }

        return spans;
    }

    public List<PlanFence> Fences() =>
        [.. Root.Descendants<FencedCodeBlock>().Select(f => new PlanFence(f.Info ?? string.Empty, Code(f), LineOf(f), EndLineOf(f), RoleOf(f)))];

    /// <summary>The reported line ranges of fenced code (markers inside them are code, not plan text).</summary>
    public List<(int Start, int End)> FencedRanges() =>
        [.. Root.Descendants<FencedCodeBlock>().Select(f => (LineOf(f), EndLineOf(f)))];

    public static string Code(FencedCodeBlock fence)
    {
        var lines = fence.Lines;
        return string.Join('\n', Enumerable.Range(0, lines.Count).Select(i => lines.Lines[i].Slice.ToString()));
    }
}
