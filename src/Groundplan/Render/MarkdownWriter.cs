using System.Text;

namespace Groundplan.Render;

/// <summary>Builds Markdown line by line with '\n' endings, at most one blank line in a row, and one final newline.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();
    private bool _blankPending;

    public MarkdownWriter Line(string line)
    {
        if (_blankPending && _text.Length > 0)
        {
            _text.Append('\n');
        }

        _blankPending = false;
        _text.Append(line.TrimEnd()).Append('\n');
        return this;
    }

    /// <summary>Ends the current block: the next line starts after one blank line.</summary>
    public MarkdownWriter Blank()
    {
        _blankPending = true;
        return this;
    }

    public MarkdownWriter Heading(int level, string text) => Blank().Line(new string('#', level) + " " + MarkdownText.OneLine(text)).Blank();

    public MarkdownWriter Paragraph(string text) => Blank().Line(MarkdownText.Paragraph(text)).Blank();

    /// <summary>A "- item" list, or the paragraph "None." when there is nothing to list (parsers read lists only).</summary>
    public MarkdownWriter Bullets(IEnumerable<string> items, string marker = "-")
    {
        var any = false;
        foreach (var item in items)
        {
            Line(marker + " " + MarkdownText.OneLine(item));
            any = true;
        }

        if (!any)
        {
            Line("None.");
        }

        return Blank();
    }

    /// <summary>A fenced code block whose fence is longer than any backtick run inside the code.</summary>
    public MarkdownWriter Fence(string language, string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');
        var longest = 2;
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            var run = trimmed.Length - trimmed.TrimStart('`').Length;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        Blank().Line(fence + language.Trim());
        foreach (var line in lines)
        {
            // Trailing spaces are not trimmed here: Line() trims, which code does not need.
            Line(line);
        }

        return Line(fence).Blank();
    }

    public override string ToString() => _text.ToString();
}
