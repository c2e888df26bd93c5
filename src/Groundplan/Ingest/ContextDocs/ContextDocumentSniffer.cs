namespace Groundplan.Ingest.ContextDocs;

/// <summary>Tells a codebase context document from other text by the shape of its lines, without parsing Markdown.</summary>
internal static class ContextDocumentSniffer
{
    /// <summary>
    /// True for Markdown with a tech-stack, directory-structure or snippets label, seed 001's <c>[CODEBASE CONTEXT]</c> marker,
    /// or a fenced block that names its file; false for repomix packs (any style) and for JSON or XML.
    /// </summary>
    public static bool Matches(ReadOnlySpan<char> text)
    {
        var body = text.TrimStart("\uFEFF \t\r\n");
        if (body.IsEmpty || body[0] is '{' or '<' || body.StartsWith("This file is a merged representation", StringComparison.Ordinal)
            || body.StartsWith("================", StringComparison.Ordinal))
        {
            return false;
        }

        // Repomix's Markdown style without its summary still has "# Files" and "## File: path" headers.
        var filesHeading = body.IndexOf("\n# Files\n", StringComparison.Ordinal) >= 0 || body.IndexOf("\n# Files\r\n", StringComparison.Ordinal) >= 0;
        if (filesHeading && body.IndexOf("\n## File: ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var fence = default(ReadOnlySpan<char>);
        var firstInFence = false;
        foreach (var raw in body.EnumerateLines())
        {
            var line = raw.TrimEnd();
            var marker = FenceMarker(line);
            if (!fence.IsEmpty)
            {
                if (!marker.IsEmpty && marker[0] == fence[0] && marker.Length >= fence.Length && line.Trim().Length == marker.Length)
                {
                    fence = default;
                }
                else if (firstInFence && SnippetPaths.FromFirstLine(line.ToString()) is not null)
                {
                    return true;
                }

                firstInFence = false;
                continue;
            }

            if (!marker.IsEmpty)
            {
                fence = marker;
                firstInFence = true;
                if (SnippetPaths.FromInfo(line.Trim()[marker.Length..].ToString().Trim()) is not null)
                {
                    return true;
                }

                continue;
            }

            if (line.Contains("[CODEBASE CONTEXT]", StringComparison.OrdinalIgnoreCase) || SectionLabels.IsLabelLine(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The run of backticks or tildes opening or closing a fence, or empty.</summary>
    /// <remarks>Any indentation counts: seed 001's snippets sit in nested bullets, eight spaces in.</remarks>
    private static ReadOnlySpan<char> FenceMarker(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(" \t");
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return default;
        }

        var length = 1;
        while (length < trimmed.Length && trimmed[length] == trimmed[0])
        {
            length++;
        }

        return length >= 3 ? trimmed[..length] : default;
    }
}
