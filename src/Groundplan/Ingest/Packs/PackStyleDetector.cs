namespace Groundplan.Ingest.Packs;

/// <summary>
/// Recognises a repomix pack's style from its first lines, never from the file name: the generation
/// header (when the file summary is on) is skipped, and the first section marker decides.
/// </summary>
internal static class PackStyleDetector
{
    private const string HeaderOpening = "This file is a merged representation";
    private static readonly string LongSeparator = new('=', 64);
    private static readonly string[] JsonKeys = ["fileSummary", "userProvidedHeader", "directoryStructure", "files", "gitDiffs", "gitLogs", "instruction"];
    private static readonly string[] PlainTitles = ["File Summary", "User Provided Header", "Directory Structure", "Files"];

    /// <summary>The pack's style, or null when <paramref name="text"/> is not a repomix pack.</summary>
    public static PackStyle? Detect(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart('\uFEFF').TrimStart();
        if (rest.StartsWith('{'))
        {
            return IsJsonPack(rest[1..]) ? PackStyle.Json : null;
        }

        if (rest.StartsWith("<?xml"))
        {
            var end = rest.IndexOf("?>");
            rest = end < 0 ? [] : rest[(end + 2)..].TrimStart();
        }

        // A DTD naming the repomix root is taken as a parsable pack so the reader can refuse it by name.
        if (rest.StartsWith("<repomix>") || rest.StartsWith("<repomix ") || rest.StartsWith("<repomix/>") || rest.StartsWith("<!DOCTYPE repomix"))
        {
            return PackStyle.XmlParsable;
        }

        if (rest.StartsWith(HeaderOpening))
        {
            // The header is a paragraph of one or two lines; the sections start after the blank line.
            for (var n = 0; n < 8 && !TakeLine(ref rest).IsEmpty; n++)
            {
            }

            rest = rest.TrimStart();
        }

        var first = TakeLine(ref rest);
        var second = TakeLine(ref rest);
        if (first is "<file_summary>" or "<user_provided_header>"
            || (first is "<directory_structure>" && !second.IsEmpty)
            || (first is "<files>" && (second.StartsWith("This section contains") || second.StartsWith("<file path=\"") || second is "</files>")))
        {
            return PackStyle.Xml;
        }

        if (first is "# File Summary" or "# User Provided Header"
            || (first is "# Directory Structure" && second is "```")
            || (first is "# Files" && (second.IsEmpty ? TakeLine(ref rest) : second).StartsWith("## File: ")))
        {
            return PackStyle.Markdown;
        }

        if (first.SequenceEqual(LongSeparator) && TakeLine(ref rest).SequenceEqual(LongSeparator) && IsPlainTitle(second))
        {
            return PackStyle.Plain;
        }

        return null;
    }

    private static bool IsPlainTitle(ReadOnlySpan<char> line)
    {
        foreach (var title in PlainTitles)
        {
            if (line.SequenceEqual(title))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the object's first key is one repomix writes (JSON.stringify puts no escapes in these).</summary>
    private static bool IsJsonPack(ReadOnlySpan<char> afterBrace)
    {
        var rest = afterBrace.TrimStart();
        if (!rest.StartsWith('"'))
        {
            return false;
        }

        var close = rest[1..].IndexOf('"');
        if (close < 0)
        {
            return false;
        }

        var key = rest.Slice(1, close);
        foreach (var known in JsonKeys)
        {
            if (key.SequenceEqual(known))
            {
                return rest[(close + 2)..].TrimStart().StartsWith(':');
            }
        }

        return false;
    }

    /// <summary>Takes the next line off <paramref name="rest"/> (without '\n' or a trailing '\r').</summary>
    private static ReadOnlySpan<char> TakeLine(ref ReadOnlySpan<char> rest)
    {
        var newline = rest.IndexOf('\n');
        var line = newline < 0 ? rest : rest[..newline];
        rest = newline < 0 ? [] : rest[(newline + 1)..];
        return line.EndsWith('\r') ? line[..^1] : line;
    }
}
