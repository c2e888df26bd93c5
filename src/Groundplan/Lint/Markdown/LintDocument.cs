using System.Text.RegularExpressions;

namespace Groundplan.Lint.Markdown;

/// <summary>
/// A plan's Markdown as lint reads it: lines, headings, fences, list items, tables and code spans, each with its
/// 1-based source line. Lint works on what was written, not on a model rebuilt from it, so that every finding can
/// point at the exact text.
/// </summary>
internal sealed partial class LintDocument
{
    private readonly bool[] _inFence;

    // Spans by 0-based line, and each line's prose once made: rules ask for both line by line, many times over.
    private readonly CodeSpan[][] _spansByLine;
    private readonly string?[] _prose;

    private LintDocument(string[] lines, bool[] inFence, List<Heading> headings, List<Fence> fences, List<ListItem> items, List<MarkdownTable> tables, List<CodeSpan> spans, (int Start, int End)? wrapper)
    {
        Lines = lines;
        _inFence = inFence;
        Headings = headings;
        Fences = fences;
        Items = items;
        Tables = tables;
        CodeSpans = spans;
        Wrapper = wrapper;
        _spansByLine = new CodeSpan[lines.Length][];
        foreach (var group in spans.Where(s => s.Line >= 1 && s.Line <= lines.Length).GroupBy(s => s.Line))
        {
            _spansByLine[group.Key - 1] = [.. group];
        }

        _prose = new string?[lines.Length];
    }

    /// <summary>The lines, index 0 is line 1.</summary>
    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<Fence> Fences { get; }

    public IReadOnlyList<ListItem> Items { get; }

    public IReadOnlyList<MarkdownTable> Tables { get; }

    public IReadOnlyList<CodeSpan> CodeSpans { get; }

    /// <summary>The opening and closing lines of a <c>```markdown</c> fence around the whole plan, when there is one.</summary>
    public (int Start, int End)? Wrapper { get; }

    public string Line(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : "";

    public bool InFence(int line) => line >= 1 && line <= _inFence.Length && _inFence[line - 1];

    /// <summary>The code spans on a line, left to right.</summary>
    public IReadOnlyList<CodeSpan> SpansOn(int line) => line >= 1 && line <= _spansByLine.Length ? _spansByLine[line - 1] ?? [] : [];

    /// <summary>The lines a heading owns: from the line after it to the line before the next heading of its level or higher.</summary>
    public (int First, int Last) Section(Heading heading)
    {
        var next = Headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= heading.Level);
        return (heading.Line + 1, next is null ? LastContentLine : next.Line - 1);
    }

    /// <summary>The last line that belongs to the plan (before a wrapping fence's closing line).</summary>
    public int LastContentLine => Wrapper is { } w ? w.End - 1 : Lines.Count;

    /// <summary>The nearest heading above <paramref name="line"/> whose level is at most <paramref name="maxLevel"/>.</summary>
    public Heading? HeadingAbove(int line, int maxLevel = 6) => Headings.LastOrDefault(h => h.Line <= line && h.Level <= maxLevel);

    /// <summary>The line without its code spans (replaced by spaces, so columns keep), for rules about prose.</summary>
    public string Prose(int line)
    {
        if (line < 1 || line > _prose.Length)
        {
            return string.Empty;
        }

        return _prose[line - 1] ??= Blank(line);
    }

    private string Blank(int line)
    {
        var text = Line(line).ToCharArray();
        foreach (var span in SpansOn(line))
        {
            for (var i = span.Start; i < span.End && i < text.Length; i++)
            {
                text[i] = ' ';
            }
        }

        return new string(text);
    }

    /// <summary>Every match of <paramref name="pattern"/> in the prose of lines outside fences, with its line.</summary>
    public IEnumerable<(int Line, Match Match)> ProseMatches(Regex pattern)
    {
        for (var line = 1; line <= Lines.Count; line++)
        {
            if (InFence(line))
            {
                continue;
            }

            foreach (Match match in pattern.Matches(Prose(line)))
            {
                yield return (line, match);
            }
        }
    }

    public static LintDocument Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var inFence = new bool[lines.Length];
        var fences = new List<Fence>();
        var headings = new List<Heading>();
        var items = new List<ListItem>();
        var spans = new List<CodeSpan>();
        var wrapper = FindWrapper(lines);
        var openFence = -1;
        var fenceMarker = "";
        var fenceInfo = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (wrapper is { } w && (i + 1 == w.Start || i + 1 == w.End))
            {
                continue;
            }

            var line = lines[i];
            var fence = FenceLine().Match(line);
            if (openFence >= 0)
            {
                inFence[i] = true;
                if (fence.Success && fence.Groups["marker"].Value.StartsWith(fenceMarker, StringComparison.Ordinal) && fence.Groups["info"].Value.Trim().Length == 0)
                {
                    fences.Add(new Fence(openFence + 1, i + 1, fenceInfo));
                    openFence = -1;
                }

                continue;
            }

            if (fence.Success)
            {
                openFence = i;
                inFence[i] = true;
                fenceMarker = fence.Groups["marker"].Value;
                fenceInfo = fence.Groups["info"].Value.Trim();
                continue;
            }

            var heading = HeadingLine().Match(line);
            if (heading.Success)
            {
                headings.Add(new Heading(heading.Groups["hashes"].Length, heading.Groups["text"].Value.Trim().TrimEnd('#').Trim(), i + 1));
            }

            var item = ItemLine().Match(line);
            if (item.Success)
            {
                var box = item.Groups["box"].Success ? char.ToLowerInvariant(item.Groups["box"].Value[1]) : (char?)null;
                var textGroup = item.Groups["text"];
                items.Add(new ListItem(i + 1, item.Groups["indent"].Length, item.Groups["marker"].Value, box, textGroup.Value.TrimEnd(), textGroup.Index + 1));
            }

            ReadSpans(line, i + 1, spans);
        }

        if (openFence >= 0)
        {
            fences.Add(new Fence(openFence + 1, lines.Length, fenceInfo));
        }

        return new LintDocument(lines, inFence, headings, fences, items, TableReader.Read(lines, inFence), spans, wrapper);
    }

    // A plan printed inside one ```markdown fence (as the checklist seeds ask) is read as its contents.
    private static (int Start, int End)? FindWrapper(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        var last = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || last <= first || !WrapperOpen().IsMatch(lines[first]) || lines[last].Trim() != "```")
        {
            return null;
        }

        return (first + 1, last + 1);
    }

    private static void ReadSpans(string line, int lineNumber, List<CodeSpan> spans)
    {
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                i++;
                continue;
            }

            var run = 1;
            while (i + run < line.Length && line[i + run] == '`')
            {
                run++;
            }

            var close = FindRun(line, i + run, run);
            if (close < 0)
            {
                i += run;
                continue;
            }

            var raw = line[(i + run)..close];
            var trimmed = raw.Trim();
            var column = i + run + (raw.Length - raw.TrimStart().Length) + 1;
            spans.Add(new CodeSpan(trimmed, lineNumber, column) { Start = i, End = close + run });
            i = close + run;
        }
    }

    private static int FindRun(string line, int from, int run)
    {
        for (var j = from; j < line.Length; j++)
        {
            if (line[j] != '`')
            {
                continue;
            }

            var length = 1;
            while (j + length < line.Length && line[j + length] == '`')
            {
                length++;
            }

            if (length == run)
            {
                return j;
            }

            j += length - 1;
        }

        return -1;
    }

    [GeneratedRegex(@"^ {0,3}(?<marker>`{3,}|~{3,})(?<info>.*)$")]
    private static partial Regex FenceLine();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?<indent>[ \t]*)(?<marker>[-*+]|\d{1,9}[.)])[ \t]+(?<box>\[[ xX]\][ \t]*)?(?<text>.*)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^ {0,3}```+\s*(markdown|md)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WrapperOpen();
}
