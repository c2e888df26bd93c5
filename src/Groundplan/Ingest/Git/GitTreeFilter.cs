using Groundplan.Ingest.Ignore;

namespace Groundplan.Ingest.Git;

/// <summary>Applies the ignore rules to a flat git listing as a directory walk would: a folder that is ignored hides everything below it.</summary>
/// <param name="rules">The compiled rules.</param>
/// <param name="ignoreFiles">The committed ignore files by folder ("" for the top), one slot per <see cref="IgnoreFileNames.All"/>.</param>
internal sealed class GitTreeFilter(IgnoreRules rules, IReadOnlyDictionary<string, byte[][]> ignoreFiles)
{
    private readonly Dictionary<string, (bool Excluded, IgnoreChain? Chain)> _folders = new(StringComparer.Ordinal);

    /// <summary>Whether the entry is kept. Submodules are folders to the rules; links are files, as git sees them.</summary>
    public bool Keeps(GitTreeEntry entry)
    {
        var slash = entry.Path.LastIndexOf('/');
        var (excluded, chain) = Folder(slash < 0 ? string.Empty : entry.Path[..slash]);
        return !excluded
            && !rules.IsExcluded(entry.Path, entry.IsSubmodule, chain)
            && rules.IsIncluded(entry.Path);
    }

    private (bool Excluded, IgnoreChain? Chain) Folder(string folder)
    {
        if (_folders.TryGetValue(folder, out var known))
        {
            return known;
        }

        (bool, IgnoreChain?) state;
        if (folder.Length == 0)
        {
            state = (false, Descend(null, folder));
        }
        else
        {
            var slash = folder.LastIndexOf('/');
            var (parentExcluded, parentChain) = Folder(slash < 0 ? string.Empty : folder[..slash]);
            state = parentExcluded || rules.IsExcluded(folder, isDirectory: true, parentChain)
                ? (true, null)
                : (false, Descend(parentChain, folder));
        }

        _folders[folder] = state;
        return state;
    }

    private IgnoreChain? Descend(IgnoreChain? parent, string folder) =>
        ignoreFiles.TryGetValue(folder, out var files) ? rules.Descend(parent, folder, files) : parent;
}
