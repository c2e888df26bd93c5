using System.Text;

namespace Groundplan.Render;

/// <summary>The kebab-case, ASCII, filesystem-safe name of a plan, used in <c>EXPORT/plan_&lt;slug&gt;.md</c>.</summary>
public static class PlanSlug
{
    /// <summary>The longest slug <see cref="From"/> produces and <see cref="IsValid"/> accepts.</summary>
    public const int MaxLength = 60;

    /// <summary>The slug used when a title has no letter or digit at all.</summary>
    public const string Fallback = "plan";

    /// <summary>A slug for <paramref name="title"/>: lower-case ASCII letters and digits joined by single hyphens, never empty.</summary>
    /// <remarks>Accents are dropped ("Café" gives "cafe"); a long title is cut at a word boundary within <see cref="MaxLength"/>.</remarks>
    public static string From(string? title)
    {
        var slug = new StringBuilder();
        var pendingHyphen = false;
        foreach (var raw in title ?? string.Empty)
        {
            var c = Fold(raw);
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                // Apostrophes join words ("user's" gives "users"); everything else separates them.
                pendingHyphen |= c is not ('\'' or '\u2019');
            }
        }

        return slug.Length == 0 ? Fallback : Shorten(slug.ToString());
    }

    /// <summary>Whether <paramref name="slug"/> is a valid slug: 1 to <see cref="MaxLength"/> characters of <c>[a-z0-9]</c> in hyphen-separated words.</summary>
    public static bool IsValid(string? slug)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > MaxLength || slug[0] == '-' || slug[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < slug.Length; i++)
        {
            var c = slug[i];
            var ok = char.IsAsciiDigit(c) || char.IsAsciiLetterLower(c) || (c == '-' && slug[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // The globalization-invariant runtime cannot decompose accents, so Latin letters are folded by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįıñńňòóôõöøōőùúûüūůűųýÿźżžłśšşţťŕřğÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮİÑŃŇÒÓÔÕÖØŌŐÙÚÛÜŪŮŰŲÝŸŹŻŽŁŚŠŞŢŤŔŘĞ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiiinnnoooooooouuuuuuuuyyzzzlsssttrrgAAAAAAAAACCCDEEEEEEEEIIIIIIINNNOOOOOOOOUUUUUUUUYYZZZLSSSTTRRG";

    private static char Fold(char c)
    {
        var at = c < 128 ? -1 : Accented.IndexOf(c, StringComparison.Ordinal);
        return at < 0 ? c : Plain[at];
    }

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxLength);
        return cut > 0 ? slug[..cut] : slug[..MaxLength];
    }
}
