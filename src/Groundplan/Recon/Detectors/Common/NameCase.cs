namespace Groundplan.Recon.Detectors.Common;

/// <summary>The case convention a file name's stem follows, when the stem shows one.</summary>
internal static class NameCase
{
    public const string Kebab = "kebab-case";
    public const string Snake = "snake_case";
    public const string Pascal = "PascalCase";
    public const string Camel = "camelCase";

    /// <summary>The stem: the file name up to its first dot (<c>format-money.test.ts</c> gives <c>format-money</c>).</summary>
    public static string Stem(string path)
    {
        var name = RepoPaths.FileName(path);
        var dot = name.IndexOf('.', 1);
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>The convention, or null when the stem fits several (a single lower-case word) or none.</summary>
    public static string? Of(string stem)
    {
        if (stem.Length < 2 || !char.IsAsciiLetter(stem[0]) || !stem.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        bool dash = stem.Contains('-', StringComparison.Ordinal), underscore = stem.Contains('_', StringComparison.Ordinal);
        bool upper = stem.Any(char.IsAsciiLetterUpper), lower = stem.Any(char.IsAsciiLetterLower);
        return (dash, underscore, upper) switch
        {
            (true, false, false) => Kebab,
            (false, true, false) => Snake,
            (false, false, true) when char.IsAsciiLetterUpper(stem[0]) && lower => Pascal,
            (false, false, true) when char.IsAsciiLetterLower(stem[0]) => Camel,
            _ => null,
        };
    }
}
