using System.Text.RegularExpressions;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Recognises the section labels of a context document ("Tech Stack:", "## Directory Structure", "**Relevant Code Snippets:**").</summary>
internal static partial class SectionLabels
{
    private static readonly Dictionary<string, ContextSection> Known = Build(
        (ContextSection.Stack, ["tech stack", "technology stack", "tech-stack", "techstack", "stack", "the stack", "technologies", "technologies used", "tech", "built with"]),
        (ContextSection.Structure,
        [
            "directory structure", "project structure", "folder structure", "file structure", "repository structure", "repo structure",
            "codebase structure", "directory layout", "project layout", "folder layout", "file layout", "key directories", "key folders",
            "key locations", "key folder locations", "directories", "file tree", "directory tree", "project tree", "structure", "layout",
        ]),
        (ContextSection.Snippets,
        [
            "relevant code snippets", "relevant code snippet", "code snippets", "snippets", "relevant snippets", "relevant code", "code",
            "existing code", "key code", "relevant files", "key files", "code samples", "code excerpts", "source code",
        ]));

    /// <summary>
    /// Reads a label at the start of <paramref name="text"/>: the part before a colon ("Tech Stack: Next.js 14, Prisma") or, when the
    /// label stands on its own (a heading, a bold label), the whole first line. <paramref name="remainder"/> is what follows the label.
    /// </summary>
    public static bool TryMatch(string text, bool standalone, out ContextSection section, out string remainder)
    {
        section = ContextSection.None;
        remainder = string.Empty;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var end = colon < 0 ? newline : newline < 0 ? colon : Math.Min(colon, newline);
        if (!standalone && (colon < 0 || end != colon))
        {
            return false;
        }

        var head = end < 0 ? text : text[..end];
        if (!Known.TryGetValue(Normalize(head), out section))
        {
            section = ContextSection.None;
            return false;
        }

        remainder = end < 0 ? string.Empty : text[(end + 1)..].Trim();
        return true;
    }

    /// <summary>Whether a raw Markdown line is a section label: a heading, a bold label, or "Label:" (used by the sniffer, before any parsing).</summary>
    public static bool IsLabelLine(ReadOnlySpan<char> line)
    {
        var text = line.Trim().ToString();
        var heading = HeadingOrBullet().Match(text);
        var decorated = heading.Groups["hash"].Success;
        text = text[heading.Length..];
        decorated |= text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal);
        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
        return TryMatch(text, decorated, out _, out _);
    }

    private static string Normalize(string label)
    {
        var s = label.Trim().TrimStart('#', '*', '_', '>', '[', ' ', '\t').TrimEnd('*', '_', ']', ' ', '\t');
        s = LeadingNumber().Replace(s, string.Empty);
        s = TrailingParenthetical().Replace(s, string.Empty);
        return Whitespace().Replace(s, " ").Trim().ToLowerInvariant();
    }

    private static Dictionary<string, ContextSection> Build(params (ContextSection Section, string[] Labels)[] groups)
    {
        var map = new Dictionary<string, ContextSection>(StringComparer.Ordinal);
        foreach (var (section, labels) in groups)
        {
            foreach (var label in labels)
            {
                map.Add(label, section);
            }
        }

        return map;
    }

    [GeneratedRegex(@"^\d+[.)]\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingParenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:(?<hash>#{1,6})\s+|[*+-]\s+|\d+[.)]\s+)?")]
    private static partial Regex HeadingOrBullet();
}
