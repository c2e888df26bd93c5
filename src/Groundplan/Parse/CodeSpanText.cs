namespace Groundplan.Parse;

/// <summary>Finds code spans in a line of raw Markdown with CommonMark's rule: a run of N backticks closes at the next run of exactly N.</summary>
internal static class CodeSpanText
{
    public static List<string> All(string raw)
    {
        var spans = new List<string>();
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (raw[i] != '`')
            {
                i++;
                continue;
            }

            var open = Run(raw, i);
            var close = FindClose(raw, i + open, open);
            if (close < 0)
            {
                i += open;
                continue;
            }

            spans.Add(Content(raw[(i + open)..close]));
            i = close + open;
        }

        return spans;
    }

    /// <summary>The content when <paramref name="raw"/> is exactly one code span, else null.</summary>
    public static string? Whole(string raw)
    {
        var text = raw.Trim();
        if (text.Length < 2 || text[0] != '`')
        {
            return null;
        }

        var open = Run(text, 0);
        var close = FindClose(text, open, open);
        return close == text.Length - open ? Content(text[open..close]) : null;
    }

    private static int FindClose(string raw, int from, int length)
    {
        for (var j = from; j < raw.Length; j++)
        {
            if (raw[j] != '`')
            {
                continue;
            }

            var run = Run(raw, j);
            if (run == length)
            {
                return j;
            }

            j += run - 1;
        }

        return -1;
    }

    private static int Run(string raw, int at)
    {
        var end = at;
        while (end < raw.Length && raw[end] == '`')
        {
            end++;
        }

        return end - at;
    }

    private static string Content(string inner)
    {
        var flat = inner.Replace('\n', ' ');
        return flat.Length >= 2 && flat[0] == ' ' && flat[^1] == ' ' && flat.Trim().Length > 0 ? flat[1..^1] : flat;
    }
}
