namespace Groundplan.Retrieve;

/// <summary>
/// URL paths reduced to what a client and a server spell alike: the literal segments, lower-case, without
/// parameters (":id", "{id}", "[id]", "&lt;uuid&gt;", "${id}"), query strings or wildcards.
/// </summary>
internal static class EndpointPaths
{
    private const int MaxLiteral = 200;

    private static readonly string[] ScriptExtensions = [".ts", ".tsx", ".js", ".jsx", ".mjs", ".vue", ".svelte"];

    /// <summary>The literal segments of a route or URL; empty when it has none.</summary>
    public static List<string> Segments(ReadOnlySpan<char> path)
    {
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0)
        {
            path = path[..cut];
        }

        var segments = new List<string>();
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];

            // `${base}orders` is the segment "orders" after a prefix; `${id}` alone is a parameter.
            if (segment.LastIndexOf('}') is var close and >= 0 && segment.Contains('$'))
            {
                segment = segment[(close + 1)..];
            }

            if (segment.IsEmpty || segment[0] is ':' or '{' or '[' or '<' or '*' or '(' || segment.Contains('$') || segment.Contains('{'))
            {
                continue;
            }

            segments.Add(segment.ToString().ToLowerInvariant());
        }

        return segments;
    }

    /// <summary>Whether a file is browser-side script that may call the server's endpoints.</summary>
    public static bool IsScript(string path)
    {
        foreach (var extension in ScriptExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The route a Next.js file serves by its place in the tree (pages/api/shop/[id]/orders.js,
    /// app/api/invoices/export/route.ts); null for any other file.
    /// </summary>
    public static string? FileRoute(string path)
    {
        var api = path.IndexOf("pages/api/", StringComparison.Ordinal);
        var app = path.IndexOf("app/api/", StringComparison.Ordinal);
        if ((api < 0 && app < 0) || !IsScript(path) || (api > 0 && path[api - 1] != '/') || (app > 0 && path[app - 1] != '/'))
        {
            return null;
        }

        var start = api >= 0 ? api + "pages".Length : app + "app".Length;
        var route = path[start..path.LastIndexOf('.')];
        foreach (var suffix in (string[])["/route", "/index"])
        {
            if (route.EndsWith(suffix, StringComparison.Ordinal))
            {
                route = route[..^suffix.Length];
            }
        }

        return route;
    }

    /// <summary>The string literals in script text that look like a server path: "/api/x", 'admin/cache-clear', `/api/shop/${id}/orders`.</summary>
    public static IEnumerable<string> Literals(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var open = text.AsSpan(position).IndexOfAny('\'', '"', '`');
            if (open < 0)
            {
                yield break;
            }

            open += position;
            var quote = text[open];
            var end = open + 1;
            while (end < text.Length && end - open <= MaxLiteral && text[end] != quote && text[end] != '\n')
            {
                end++;
            }

            if (end >= text.Length || text[end] != quote)
            {
                position = open + 1;
                continue;
            }

            var literal = text.AsSpan(open + 1, end - open - 1);
            if (LooksLikePath(literal) && !IsModuleSpecifier(text.AsSpan(0, open)))
            {
                yield return literal.ToString();
            }

            position = end + 1;
        }
    }

    /// <summary>Whether the literal after <paramref name="before"/> names a module (from '...', require('...'), import('...')), not a URL.</summary>
    private static bool IsModuleSpecifier(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd();
        if (before.EndsWith("("))
        {
            before = before[..^1].TrimEnd();
        }

        return before.EndsWith("from", StringComparison.Ordinal) || before.EndsWith("import", StringComparison.Ordinal) || before.EndsWith("require", StringComparison.Ordinal);
    }

    private static bool LooksLikePath(ReadOnlySpan<char> literal)
    {
        if (literal.Length < 3 || !literal.Contains('/') || literal[0] is '.' or '@' || literal.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var braces = 0;
        foreach (var c in literal)
        {
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (braces == 0 && !(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '$' or '{' or '}' or ':' or '?' or '=' or '&' or '#'))
            {
                return false;
            }
        }

        return true;
    }
}
