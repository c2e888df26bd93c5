using System.Globalization;
using System.Text;

namespace Groundplan.Plan.Inference;

/// <summary>Word forms for names: singular/plural and the case styles code uses.</summary>
internal static class Words
{
    public static string Singular(string word)
    {
        var w = word;
        if (w.Length <= 3 || w.EndsWith("ss", StringComparison.OrdinalIgnoreCase) || w.EndsWith("us", StringComparison.OrdinalIgnoreCase) || w.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ches", StringComparison.OrdinalIgnoreCase) || w.EndsWith("shes", StringComparison.OrdinalIgnoreCase)
            || w.EndsWith("xes", StringComparison.OrdinalIgnoreCase) || w.EndsWith("sses", StringComparison.OrdinalIgnoreCase))
        {
            return w[..^2];
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    public static string Plural(string word)
    {
        if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(char.ToLowerInvariant(word[^2]), StringComparison.Ordinal))
        {
            return word[..^1] + "ies";
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            ? word + "es"
            : word + "s";
    }

    /// <summary>Splits an identifier or phrase into lower-case words: "notesToTags", "order_items", "Book Endpoints".</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0 && (char.IsLower(text[i - 1]) || (i + 1 < text.Length && char.IsLower(text[i + 1]) && char.IsUpper(text[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    public static string Pascal(string text) => string.Concat(Split(text).Select(Capitalize));

    public static string Camel(string text)
    {
        var pascal = Pascal(text);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    public static string Snake(string text) => string.Join('_', Split(text));

    public static string Kebab(string text) => string.Join('-', Split(text));

    public static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>A comparable key: lower-case singular words joined, so "Posts", "post" and "posts" agree.</summary>
    public static string Key(string name)
    {
        var parts = Split(name);
        return parts.Count == 0 ? "" : string.Concat(parts.Take(parts.Count - 1)) + Singular(parts[^1]);
    }

    /// <summary>Writes <paramref name="words"/> in the style of <paramref name="example"/> (snake, kebab, Pascal, camel or lower).</summary>
    public static string InStyleOf(string example, string words)
    {
        if (example.Contains('_', StringComparison.Ordinal))
        {
            return Snake(words);
        }

        if (example.Contains('-', StringComparison.Ordinal))
        {
            return Kebab(words);
        }

        if (example.Length > 0 && char.IsUpper(example[0]))
        {
            return Pascal(words);
        }

        return example.Any(char.IsUpper) ? Camel(words) : string.Concat(Split(words));
    }

    public static string Title(string text) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text);
}
