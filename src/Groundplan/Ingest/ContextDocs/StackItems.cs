namespace Groundplan.Ingest.ContextDocs;

/// <summary>Cuts a tech-stack line ("Next.js 14 (App Router), TypeScript, Prisma.") into its items, each kept as written.</summary>
internal static class StackItems
{
    /// <summary>Splits at commas, semicolons and line breaks outside brackets, so "Next.js 14 (App Router, RSC)" stays one item.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var depth = 0;
        var start = 0;
        var first = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '\n' || (depth == 0 && c is ',' or ';'))
            {
                var item = Clean(text[start..i], first);
                start = i + 1;
                if (item.Length > 0)
                {
                    first = false;
                    yield return item;
                }

                if (c == '\n')
                {
                    depth = 0;
                }
            }
        }
    }

    /// <summary>Trims an item: whitespace, a sentence's closing full stop, and the "and" that introduces a list's last item.</summary>
    public static string Clean(string item, bool first = true)
    {
        var s = item.Trim();
        if (s.EndsWith('.') && !s.EndsWith("..", StringComparison.Ordinal))
        {
            s = s[..^1].TrimEnd();
        }

        if (!first && s.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].TrimStart();
        }

        // "etc." promises more items without naming them.
        return s.Equals("etc", StringComparison.OrdinalIgnoreCase) ? string.Empty : s;
    }
}
