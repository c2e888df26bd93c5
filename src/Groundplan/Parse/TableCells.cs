using System.Text;

namespace Groundplan.Parse;

/// <summary>Splits a pipe-table row as GFM does: on pipes not escaped by a backslash, before any inline parsing.</summary>
internal static class TableCells
{
    public static List<string> Split(string row)
    {
        var text = row.Trim();
        if (text.StartsWith('|'))
        {
            text = text[1..];
        }

        if (text.EndsWith('|') && !text.EndsWith("\\|", StringComparison.Ordinal))
        {
            text = text[..^1];
        }

        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }

    public static bool IsDelimiterRow(string row) =>
        row.Trim().Length > 0 && row.Trim().All(c => c is '|' or '-' or ':' or ' ' or '\t') && row.Contains('-', StringComparison.Ordinal);
}
