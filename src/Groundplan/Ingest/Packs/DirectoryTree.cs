namespace Groundplan.Ingest.Packs;

/// <summary>
/// The paths in repomix's directory structure section: one name per line, two spaces of indent per
/// level, directories ending in '/'. Files come out as repo-relative paths; a directory with nothing
/// under it (<c>--include-empty-directories</c>) comes out as its path with a trailing '/'.
/// </summary>
internal sealed class DirectoryTree
{
    private readonly HashSet<string> _files;

    private DirectoryTree(List<string> paths, bool multiRoot)
    {
        Paths = paths;
        IsMultiRoot = multiRoot;
        _files = paths.Where(p => !p.EndsWith('/')).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Files, and empty directories ending with '/', in the order the tree lists them.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Whether the tree has repomix's <c>[root]/</c> sections (several directories packed at once).</summary>
    public bool IsMultiRoot { get; }

    public bool ContainsFile(string path) => _files.Contains(path);

    /// <summary>
    /// Whether a block naming <paramref name="rawPath"/> can be a real file of this pack. Repomix lists
    /// every packed file in the tree, so a lookalike block inside some file's content that names an
    /// unlisted path is content. Paths that fail the repo-path check count as real, so they are reported.
    /// </summary>
    public static bool MayHold(DirectoryTree? tree, string rawPath) =>
        tree is null || tree.IsMultiRoot || !RepoPath.TryNormalize(rawPath, out var path, out _) || tree.ContainsFile(path);

    public static DirectoryTree Parse(string text)
    {
        var paths = new List<string>();
        var stack = new List<string>();
        var multiRoot = false;
        string? openDirectory = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var spaces = line.Length - line.TrimStart(' ').Length;
            // A name may itself start with spaces: a level can only be one deeper than the open folders.
            var depth = Math.Min(spaces / 2, stack.Count);
            var name = line[(depth * 2)..];
            if (openDirectory is not null && depth <= stack.Count - 1)
            {
                paths.Add(openDirectory + "/");
            }

            stack.RemoveRange(depth, stack.Count - depth);
            openDirectory = null;
            if (name.EndsWith('/'))
            {
                var directory = name[..^1];
                multiRoot |= depth == 0 && directory.StartsWith('[') && directory.EndsWith(']');
                stack.Add(directory);
                openDirectory = string.Join('/', stack);
            }
            else
            {
                paths.Add(stack.Count == 0 ? name : string.Join('/', stack) + "/" + name);
            }
        }

        if (openDirectory is not null)
        {
            paths.Add(openDirectory + "/");
        }

        return new DirectoryTree(paths, multiRoot);
    }
}
