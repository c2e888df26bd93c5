using System.Security;
using System.Text;
using System.Text.Json;

namespace Groundplan.Tests.Ingest.Packs;

/// <summary>Small packs in repomix's shapes (no summary, no tree) for cases repomix itself never writes.</summary>
internal static class HandPacks
{
    public static readonly string Separator = new('=', 16);
    public static readonly string LongSeparator = new('=', 64);

    public static readonly string[] Styles = ["xml", "xml-parsable", "markdown", "plain", "json"];

    public static string Build(string style, params (string Path, string Content)[] files)
    {
        var text = new StringBuilder();
        switch (style)
        {
            case "xml":
                text.Append("<files>\nThis section contains the contents of the repository's files.\n\n");
                foreach (var (path, content) in files)
                {
                    text.Append($"<file path=\"{path}\">\n{content}\n</file>\n\n");
                }

                return text.Append("</files>\n").ToString();
            case "xml-parsable":
                text.Append("<repomix><files>This section contains the contents of the repository&apos;s files.");
                foreach (var (path, content) in files)
                {
                    text.Append($"\n<file path=\"{SecurityElement.Escape(path)}\">{SecurityElement.Escape(content)}</file>");
                }

                return text.Append("</files></repomix>").ToString();
            case "markdown":
                text.Append("# Files\n\n");
                var fence = Fence(files.Select(f => f.Content));
                foreach (var (path, content) in files)
                {
                    text.Append($"## File: {path}\n{fence}\n{content}\n{fence}\n\n");
                }

                return text.ToString().TrimEnd() + "\n";
            case "plain":
                text.Append($"{LongSeparator}\nFiles\n{LongSeparator}\n\n");
                foreach (var (path, content) in files)
                {
                    text.Append($"{Separator}\nFile: {path}\n{Separator}\n{content}\n\n");
                }

                return text.Append($"\n{LongSeparator}\nEnd of Codebase\n{LongSeparator}\n").ToString();
            case "json":
                text.Append("{\n  \"files\": {");
                var first = true;
                foreach (var (path, content) in files)
                {
                    text.Append(first ? "\n" : ",\n").Append($"    {JsonSerializer.Serialize(path)}: {JsonSerializer.Serialize(content)}");
                    first = false;
                }

                return text.Append("\n  }\n}").ToString();
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, null);
        }
    }

    /// <summary>Repomix's fence: one backtick longer than the longest run in any content, at least three.</summary>
    private static string Fence(IEnumerable<string> contents)
    {
        var longest = 0;
        foreach (var content in contents)
        {
            var run = 0;
            foreach (var c in content)
            {
                run = c == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>The 1-based line of the first line containing <paramref name="needle"/> at or after <paramref name="fromLine"/>.</summary>
    public static int LineOf(string text, string needle, int fromLine = 1)
    {
        var lines = text.Split('\n');
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{needle}' not found");
    }
}
