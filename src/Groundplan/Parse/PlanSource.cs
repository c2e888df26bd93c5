using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// The Markdown to read as the plan: the whole text, or the content of a ```markdown fence holding the plan (LLMs wrap
/// their answer in one, as the seeds' examples do), with the lines outside that fence.
/// </summary>
internal sealed record PlanSource(PlanDocument Document, bool Wrapped, PlanFence? Wrapper, IReadOnlyList<LocatedText> Outside)
{
    public static PlanSource Open(string text, IReadOnlyList<string> lines)
    {
        var whole = new PlanDocument(text, 0);
        var fence = whole.Blocks.OfType<FencedCodeBlock>().FirstOrDefault(f => IsMarkdownInfo(f.Info) && HoldsPlan(PlanDocument.Code(f)));
        if (fence is null || whole.Blocks.OfType<HeadingBlock>().Any(h => FormatDetector.IsTitle(PlanDocument.HeadingText(h))))
        {
            return new PlanSource(whole, false, null, []);
        }

        // The wrapper closes at the last bare fence of its kind, not at the first: a blueprint wrapped in ```markdown holds
        // ```go blocks whose closing fences would otherwise end the wrapper early. Unclosed, it runs to the end.
        var start = whole.LineOf(fence);
        var end = ClosingLine(lines, start) ?? lines.Count;
        var contentEnd = end == lines.Count && ClosingLine(lines, start) is null ? end : end - 1;
        var inner = string.Join('\n', lines.Skip(start).Take(Math.Max(0, contentEnd - start)).Select(l => Unindent(l, fence.IndentCount)));
        var outside = Enumerable.Range(1, lines.Count)
            .Where(line => (line < start || line > end) && lines[line - 1].Trim().Length > 0)
            .Select(line => new LocatedText(lines[line - 1], line))
            .ToList();
        var wrapper = new PlanFence(fence.Info ?? string.Empty, inner, start, end, FenceRole.Wrapper);
        return new PlanSource(new PlanDocument(inner, start), true, wrapper, outside);
    }

    private static int? ClosingLine(IReadOnlyList<string> lines, int start)
    {
        var opening = lines[start - 1].Trim();
        var marker = opening[0];
        var run = opening.TakeWhile(c => c == marker).Count();
        for (var line = lines.Count; line > start; line--)
        {
            var text = lines[line - 1].Trim();
            if (text.Length >= run && text.All(c => c == marker))
            {
                return line;
            }
        }

        return null;
    }

    private static bool IsMarkdownInfo(string? info) => (info ?? string.Empty).Trim().ToLowerInvariant() is "markdown" or "md" or "";

    private static bool HoldsPlan(string code) =>
        code.Split('\n').Any(l => l.TrimStart().StartsWith('#') && FormatDetector.IsTitle(l.TrimStart().TrimStart('#').Trim()));

    private static string Unindent(string line, int indent)
    {
        var remove = 0;
        while (remove < indent && remove < line.Length && line[remove] == ' ')
        {
            remove++;
        }

        return line[remove..];
    }
}
