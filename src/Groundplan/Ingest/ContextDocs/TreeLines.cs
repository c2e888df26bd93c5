using System.Text.RegularExpressions;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Reads single lines of a directory tree: where the branch connector sits and the entry's name.</summary>
internal static partial class TreeLines
{
    // Cut points for the notes people add after a name: "page.tsx   # home", "actions/ <- Server Actions", "db/ (Prisma)".
    private static readonly string[] NoteMarkers = ["  ", "\t", " #", " //", " <-", " \u2190", " --", " \u2014", " \u2013", " - ", " ("];

    /// <summary>
    /// Finds a branch connector (<c>├──</c>, <c>└──</c>, <c>|--</c>, <c>`--</c>, <c>+---</c>, <c>\---</c>) after the guide characters
    /// (<c>│</c>, <c>|</c>, spaces); <paramref name="column"/> is where it starts and <paramref name="rest"/> what follows it.
    /// </summary>
    public static bool TryConnector(string line, out int column, out string rest)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var length = ConnectorLength(line, i);
            if (length > 0)
            {
                column = i;
                rest = line[(i + length)..];
                return true;
            }

            if (!IsGuide(line[i]))
            {
                break;
            }
        }

        column = -1;
        rest = string.Empty;
        return false;
    }

    /// <summary>Whether the line holds only guide characters: the spacer lines of a tree.</summary>
    public static bool IsGuideOnly(string line) => line.All(IsGuide);

    /// <summary>The name written on a tree line, without the note after it and without Markdown decoration.</summary>
    public static string Name(string text)
    {
        var s = text.Trim();
        var cut = s.Length;
        foreach (var marker in NoteMarkers)
        {
            var at = s.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < cut)
            {
                cut = at;
            }
        }

        return s[..cut].Trim().Trim('`', '*').Trim();
    }

    /// <summary>"...", "…", "[...]": an elision, not an entry.</summary>
    public static bool IsElision(string name) =>
        name.StartsWith("...", StringComparison.Ordinal) || name.StartsWith('\u2026') || name.StartsWith("[...", StringComparison.Ordinal) || name == "(more)";

    /// <summary>The <c>tree</c> command itself (<c>$ tree -L 2</c>) or its closing count (<c>12 directories, 34 files</c>).</summary>
    public static bool IsCommandOrSummary(string line) => TreeCommand().IsMatch(line) || TreeSummary().IsMatch(line);

    /// <summary>A name an indented tree may hold: no spaces and nothing that reads as code.</summary>
    public static bool IsPlainName(string name) => PlainName().IsMatch(name);

    private static int ConnectorLength(string line, int i)
    {
        var c = line[i];
        var needed = c switch
        {
            '├' or '└' or '┣' or '┗' or '╠' or '╚' => 1,
            '|' or '`' or '+' or '\\' => 2,
            _ => 0,
        };
        if (needed == 0)
        {
            return 0;
        }

        var j = i + 1;
        while (j < line.Length && line[j] is '─' or '━' or '═' or '-' or '_')
        {
            j++;
        }

        return j - i - 1 >= needed ? j - i : 0;
    }

    private static bool IsGuide(char c) => c is '│' or '┃' or '║' or '|' or ' ' or '\t' or '\u00A0';

    [GeneratedRegex(@"^\s*(?:[$>%]\s*)?tree(?:\s.*)?$")]
    private static partial Regex TreeCommand();

    [GeneratedRegex(@"^\s*\d+ director(?:y|ies)(?:, \d+ files?)?\s*$")]
    private static partial Regex TreeSummary();

    [GeneratedRegex(@"^[\w@.()\[\]+~-][\w@.()\[\]+~/-]*$")]
    private static partial Regex PlainName();
}
