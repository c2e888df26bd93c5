using System.Text.RegularExpressions;

namespace Groundplan.Ingest.ContextDocs;

/// <summary>Finds the file a code snippet comes from, in the places people write it: the fence's info string or its first line.</summary>
internal static partial class SnippetPaths
{
    // Longest first, so "<!--" wins over "--" and "{/*" over "/*".
    private static readonly string[] CommentOpeners = ["<!--", "{/*", "/*", "//", "--", "#", ";", "%"];

    private static readonly string[] CommentClosers = ["-->", "*/}", "*/"];

    /// <summary>
    /// The path named by a fence's info string: <c>ts title="src/x.ts"</c> (also filename=, file=, path=), <c>ts:src/x.ts</c>,
    /// <c>src/x.ts</c>, or <c>ts src/x.ts</c>; null when it names none.
    /// </summary>
    public static string? FromInfo(string info)
    {
        var attribute = PathAttribute().Match(info);
        if (attribute.Success)
        {
            var value = attribute.Groups["path"].Value.Trim();
            return IsFile(value) ? value : null;
        }

        var tokens = info.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var isDrive = colon == 1 && char.IsAsciiLetter(token[0]);
            if (i == 0 && colon > 0 && colon < token.Length - 1 && !isDrive)
            {
                // "ts:src/x.ts": the language, then the path.
                token = token[(colon + 1)..];
            }

            // A lone first word is the language ("ts", "dockerfile"); it is a path only if it has a folder or an extension.
            if (IsFile(token) && (token.Contains('/', StringComparison.Ordinal) || token.Contains('\\', StringComparison.Ordinal) || token.Contains('.', StringComparison.Ordinal)))
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>
    /// The path named by a comment that makes up a snippet's first line (<c>// src/app/page.tsx</c>, <c># app/models/user.rb</c>,
    /// <c>&lt;!-- x.html --&gt;</c>, <c>-- db/schema.sql</c>, <c>/* File: src/x.css */</c>), or null.
    /// </summary>
    public static string? FromFirstLine(string line)
    {
        var text = line.Trim();
        if (text.StartsWith("#!", StringComparison.Ordinal))
        {
            return null;
        }

        var opener = CommentOpeners.FirstOrDefault(o => text.StartsWith(o, StringComparison.Ordinal));
        if (opener is null)
        {
            return null;
        }

        text = text[opener.Length..];
        foreach (var closer in CommentClosers)
        {
            if (text.EndsWith(closer, StringComparison.Ordinal))
            {
                text = text[..^closer.Length];
                break;
            }
        }

        // "/// path", "## path", "-- -- path": repeated markers, then an optional "File:" prefix.
        text = LabelPrefix().Replace(text.TrimStart('/', '#', '-', ';', '%', '*', ' '), string.Empty).Trim();

        // "src/app/page.tsx (excerpt)" or "src/x.ts - the page": the path is the first word.
        var end = text.IndexOf(' ', StringComparison.Ordinal);
        var candidate = end < 0 ? text : text[..end];
        var rest = end < 0 ? string.Empty : text[end..].TrimStart();
        if (rest.Length > 0 && rest[0] is not ('(' or '-' or '\u2014' or '\u2013' or '['))
        {
            return null;
        }

        return IsFile(candidate) ? candidate : null;
    }

    /// <summary>Strips a leading "File:", "Path:", "Filename:" or "Source:" label.</summary>
    public static string StripLabelPrefix(string text) => LabelPrefix().Replace(text, string.Empty);

    private static bool IsFile(string text) => PathCandidates.IsPathLike(text) && !text.EndsWith('/') && !text.EndsWith('\\');

    [GeneratedRegex(@"(?:^|\s)(?:title|filename|file|path|name)\s*=\s*(?:""(?<path>[^""]*)""|'(?<path>[^']*)'|(?<path>[^\s}]+))", RegexOptions.IgnoreCase)]
    private static partial Regex PathAttribute();

    [GeneratedRegex(@"^\s*(?:file|filename|file name|path|source)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();
}
