using Groundplan.Ingest.Ignore;
using Groundplan.Model;

namespace Groundplan.Ingest;

/// <summary>
/// Applies the user's --include/--ignore globs to a codebase read from a pack or a context document,
/// whose readers take every file the source holds (the directory and git readers apply them while walking).
/// </summary>
internal static class SelectionFilter
{
    public static RawCodebase Apply(RawCodebase raw, IngestOptions options)
    {
        if (options.Include.Count == 0 && options.Ignore.Count == 0)
        {
            return raw;
        }

        // Only the user's globs: the source already made its own selection, and defaults would second-guess it.
        var rules = IgnoreRules.Create(new IngestOptions { Include = options.Include, Ignore = options.Ignore, UseDefaultIgnores = false, UseGitignore = false });
        bool Keep(string path) => rules.IsIncluded(path) && !IsExcludedOrUnderExcludedFolder(rules, path);

        var unknown = new UnknownPart(
            "files outside the selection",
            $"left out by --include ({string.Join(", ", options.Include)}) / --ignore ({string.Join(", ", options.Ignore)})");
        return raw with
        {
            Entries = raw.Entries.Where(e => Keep(e.Path)).ToArray(),
            ListedPaths = raw.ListedPaths.Where(p => p.EndsWith('/') || Keep(p)).ToArray(),
            Unknowns = [.. raw.Unknowns, unknown],
        };
    }

    private static bool IsExcludedOrUnderExcludedFolder(IgnoreRules rules, string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (rules.IsExcluded(path[..slash], isDirectory: true, chain: null))
            {
                return true;
            }
        }

        return rules.IsExcluded(path, isDirectory: false, chain: null);
    }
}
