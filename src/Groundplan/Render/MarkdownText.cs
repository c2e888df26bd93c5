using System.Text;

namespace Groundplan.Render;

/// <summary>Escaping that keeps the Markdown the renderers write valid CommonMark, whatever text the plan holds.</summary>
internal static class MarkdownText
{
    /// <summary>A code span holding <paramref name="text"/> exactly: the fence is longer than any backtick run inside it.</summary>
    public static string Code(string text)
    {
        var flat = OneLine(text);
        var longest = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);

        // CommonMark strips one space from each side when both are present, so pad whenever stripping or a backtick
        // next to the fence would change the content.
        var pad = flat.Length > 0 && (flat[0] == '`' || flat[^1] == '`' || (flat[0] == ' ' && flat[^1] == ' ' && flat.Trim().Length > 0));
        return pad ? $"{fence} {flat} {fence}" : $"{fence}{flat}{fence}";
    }

    /// <summary>Inline Markdown on one line: line breaks become spaces.</summary>
    public static string OneLine(string text)
    {
        if (text.IndexOfAny(['\r', '\n']) < 0)
        {
            return text.Trim();
        }

        var flat = new StringBuilder(text.Length);
        foreach (var part in text.Split('\n'))
        {
            var piece = part.TrimEnd('\r').Trim();
            if (piece.Length > 0)
            {
                flat.Append(flat.Length > 0 ? " " : string.Empty).Append(piece);
            }
        }

        return flat.ToString();
    }

    /// <summary>A pipe-table cell: one line, with every unescaped '|' escaped (GFM splits cells before code spans).</summary>
    public static string Cell(string text)
    {
        var flat = OneLine(text);
        var cell = new StringBuilder(flat.Length + 4);
        for (var i = 0; i < flat.Length; i++)
        {
            if (flat[i] == '\\' && i + 1 < flat.Length)
            {
                cell.Append(flat[i]).Append(flat[++i]);
            }
            else
            {
                cell.Append(flat[i] == '|' ? "\\|" : flat[i].ToString());
            }
        }

        return cell.ToString();
    }

    /// <summary>
    /// A paragraph's first line: one line, with a leading character that would open another block (heading, list, quote,
    /// fence, table) escaped so the text stays a paragraph.
    /// </summary>
    public static string Paragraph(string text)
    {
        var flat = OneLine(text);
        if (flat.Length == 0)
        {
            return flat;
        }

        if (flat[0] is '#' or '>' or '-' or '+' or '*' or '=' or '|' or '~' || flat.StartsWith("```", StringComparison.Ordinal))
        {
            return "\\" + flat;
        }

        var digits = 0;
        while (digits < flat.Length && char.IsAsciiDigit(flat[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < flat.Length && flat[digits] is '.' or ')' ? flat[..digits] + "\\" + flat[digits..] : flat;
    }
}
