using System.Globalization;
using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Conventions;

/// <summary>Names a new file after an existing sibling: "src/routes/books.ts" for Book becomes "src/routes/bookmarks.ts" for Bookmark.</summary>
internal static partial class PathRewriter
{
    /// <summary>Replaces every whole-word form of <paramref name="fromName"/> in <paramref name="path"/> with the same form of <paramref name="toWords"/>; null when the path does not name it.</summary>
    public static string? Replace(string path, string fromName, string toWords)
    {
        var single = string.Concat(Words.Split(Words.Singular(fromName)));
        if (single.Length == 0)
        {
            return null;
        }

        var plural = Words.Plural(single);
        // Word edges are case-sensitive so "Book" matches in "BookEndpoints" but not in "Bookshelf".
        var pattern = $"(?<!(?-i:[a-z]))({Regex.Escape(plural)}|{Regex.Escape(single)})(?!(?-i:[a-z]))";
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var replaced = false;
        var result = regex.Replace(path, m =>
        {
            var text = m.Value;
            replaced = true;
            var isPlural = text.Equals(plural, StringComparison.OrdinalIgnoreCase);
            var words = isPlural ? PluralWords(toWords) : toWords;
            return char.IsUpper(text[0]) ? Words.Pascal(words) : StyleAfter(path, m.Index, words);
        });
        return replaced ? result : null;
    }

    /// <summary>The next sequence-numbered migration name in <paramref name="folder"/>: "000003" after "000002_create_notes.up.sql".</summary>
    public static string NextSequence(Codebase codebase, string folder)
    {
        var numbers = codebase.Files.Select(f => f.Path)
            .Where(p => p.StartsWith(folder, StringComparison.Ordinal) && !p[folder.Length..].Contains('/', StringComparison.Ordinal))
            .Select(p => Sequence().Match(p[folder.Length..]))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        if (numbers.Count == 0)
        {
            return "0001";
        }

        var width = numbers.Max(n => n.Length);
        var next = numbers.Max(n => long.Parse(n, CultureInfo.InvariantCulture)) + 1;
        return next.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
    }

    public static bool IsSequenced(string fileName) => Sequence().IsMatch(fileName);

    public static string Folder(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)];
    }

    public static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>The file name without its extensions: "notes_handler" of "notes_handler.go", "posts" of "posts.test.ts".</summary>
    public static string Stem(string path)
    {
        var name = FileName(path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot <= 0 ? name : name[..dot];
    }

    private static string PluralWords(string words)
    {
        var parts = Words.Split(words);
        return parts.Count == 0 ? words : string.Join(' ', parts.Take(parts.Count - 1).Append(Words.Plural(parts[^1])));
    }

    private static string StyleAfter(string path, int index, string words)
    {
        // The separator around the word in the original decides the style of a multi-word replacement.
        var start = path.LastIndexOf('/', Math.Max(0, index - 1)) + 1;
        var end = path.IndexOf('.', index);
        var segment = path[start..(end < 0 ? path.Length : end)];
        return segment.Contains('_', StringComparison.Ordinal) ? Words.Snake(words)
            : segment.Contains('-', StringComparison.Ordinal) ? Words.Kebab(words)
            : segment.Any(char.IsUpper) ? Words.Camel(words)
            : Words.Kebab(words);
    }

    [GeneratedRegex(@"^(\d{3,})_")]
    private static partial Regex Sequence();
}
