namespace Groundplan.Lint.Markdown;

/// <summary>Finds pipe tables: a row of cells followed by a delimiter row (<c>| --- | :-: |</c>).</summary>
internal static class TableReader
{
    public static List<MarkdownTable> Read(string[] lines, bool[] inFence)
    {
        var tables = new List<MarkdownTable>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (inFence[i] || !lines[i].Contains('|', StringComparison.Ordinal) || !IsDelimiter(lines[i + 1]))
            {
                continue;
            }

            var header = Cells(lines[i]);
            var rows = new List<(int, IReadOnlyList<string>)>();
            var j = i + 2;
            for (; j < lines.Length && !inFence[j] && lines[j].Contains('|', StringComparison.Ordinal) && lines[j].Trim().Length > 0; j++)
            {
                rows.Add((j + 1, Cells(lines[j])));
            }

            tables.Add(new MarkdownTable(i + 1, header, rows));
            i = j - 1;
        }

        return tables;
    }

    public static IReadOnlyList<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }

        if (trimmed.EndsWith('|') && !trimmed.EndsWith("\\|", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^1];
        }

        // Pipes inside code spans do not split cells.
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var inCode = false;
        foreach (var c in trimmed)
        {
            if (c == '`')
            {
                inCode = !inCode;
            }

            if (c == '|' && !inCode)
            {
                cells.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        cells.Add(current.ToString().Trim());
        return cells;
    }

    private static bool IsDelimiter(string line)
    {
        var cells = Cells(line);
        return line.Contains('-', StringComparison.Ordinal) && cells.Count > 0 && cells.All(c => c.Length > 0 && c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));
    }
}
