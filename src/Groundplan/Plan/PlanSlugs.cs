using System.Text;

namespace Groundplan.Plan;

/// <summary>Kebab-case, filesystem-safe slugs from titles: "Let users bookmark posts" becomes "let-users-bookmark-posts".</summary>
internal static class PlanSlugs
{
    private const int MaxLength = 60;

    public static string From(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.' or ','))
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf('-', MaxLength);
            text = text[..(cut > 10 ? cut : MaxLength)].Trim('-');
        }

        return text.Length == 0 ? "feature" : text;
    }
}
