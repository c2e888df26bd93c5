using System.Text;
using Groundplan.Recon.Detectors.Common;
using Groundplan.Retrieve.Terms;

namespace Groundplan.Retrieve;

/// <summary>Names a new file after the request's subject, in the style of an existing sibling (case, separators, role suffix, extension).</summary>
internal static class FeatureName
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "delete", "remove", "change", "update", "edit", "create", "show", "display", "disable", "disabling", "enable", "set", "sett", "setting",
        "settings", "config", "configure", "configuration", "allow", "list", "view", "manage", "handle", "handling", "retrieve", "get", "filter",
        "filtering", "implement", "improve", "default", "different", "custom", "specific", "global", "logic", "button", "one", "click", "all",
    };

    private static readonly Lazy<HashSet<string>> VerbStems = new(() => Verbs.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal));

    private static readonly string[] RoleSuffixes =
    [
        "_controller", "_helper", "_service", "_job", "_mailer", "_form", "_filter", "Controller", "Service", "Repository", "Dto", "DTO", "Dialog",
        "Section", "Page", "Table", "Form", "Button", "Card", "List", "-dialog", ".component", ".service", ".model",
    ];

    /// <summary>The request's subject words, in request order: direct terms that are not verbs or setting words, at most two.</summary>
    public static IReadOnlyList<string> Words(Query query) =>
        query.Terms.Where(t => !t.IsSynonym && !VerbStems.Value.Contains(t.Stem) && t.Word.Length > 1 && t.Weight >= 1)
            .Select(t => t.Word).Take(2).ToList();

    /// <summary>
    /// The new file's name. <paramref name="fallback"/> is the case to use when the sibling's own name shows none
    /// (one lower-case word); see <see cref="NamingStyle"/>.
    /// </summary>
    public static string LikeSibling(string sibling, IReadOnlyList<string> words, bool test, char? fallback = null)
    {
        var dot = sibling.IndexOf('.', 1);
        var stem = dot > 0 ? sibling[..dot] : sibling;
        var extension = dot > 0 ? sibling[dot..] : string.Empty;
        // A Rails or Django partial (_form.html.erb) keeps its leading underscore.
        var prefix = stem.StartsWith('_') ? "_" : string.Empty;
        var suffix = string.Empty;
        if (test)
        {
            foreach (var affix in (string[])["test_", "Test"])
            {
                if (stem.StartsWith(affix, StringComparison.Ordinal))
                {
                    prefix = affix;
                }
            }

            foreach (var affix in (string[])["_test", "_spec", "Tests", "Test", ".test", ".spec"])
            {
                if (stem.EndsWith(affix, StringComparison.Ordinal) && suffix.Length == 0)
                {
                    suffix = affix;
                }
            }
        }

        var core = stem[prefix.Length..^suffix.Length];
        foreach (var role in RoleSuffixes)
        {
            if (core.EndsWith(role, StringComparison.Ordinal) && core.Length > role.Length)
            {
                suffix = role + suffix;
                core = core[..^role.Length];
                break;
            }
        }

        var style = fallback is { } other && NameCase.Of(core) is null ? other : Style(core);
        return prefix + Join(words, style) + suffix + extension;
    }

    public static string Migration(string sample, IReadOnlyList<string> words)
    {
        var dot = sample.IndexOf('.', 1);
        // A migration folder's name has no extension; with no sample at all Rails' convention stands.
        var extension = dot > 0 ? sample[dot..] : sample.Length == 0 ? ".rb" : string.Empty;
        var underscore = sample.IndexOf('_');
        var number = underscore > 0 && sample[..underscore].All(char.IsAsciiDigit) ? new string('N', underscore) : "NNNN";
        var style = sample.Length > underscore + 1 && underscore > 0 && char.IsAsciiLetterUpper(sample[underscore + 1]) ? 'P' : 's';
        return number + "_" + Join(["add", .. words], style) + extension;
    }

    private static char Style(string name) =>
        name.Contains('_', StringComparison.Ordinal) ? 's'
        : name.Contains('-', StringComparison.Ordinal) ? 'k'
        : name.Length > 0 && char.IsAsciiLetterUpper(name[0]) ? 'P'
        : name.Any(char.IsAsciiLetterUpper) ? 'c' : 's';

    public static string Join(IEnumerable<string> words, char style)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var word in words)
        {
            if (!first && style is 's' or 'k')
            {
                sb.Append(style == 's' ? '_' : '-');
            }

            var capital = style == 'P' || (style == 'c' && !first);
            sb.Append(capital ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            first = false;
        }

        return sb.ToString();
    }
}
