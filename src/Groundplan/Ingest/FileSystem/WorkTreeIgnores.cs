using Groundplan.Ingest.Ignore;

namespace Groundplan.Ingest.FileSystem;

/// <summary>Finds the git work tree around a root and loads what applies from outside the root: .git/info/exclude and the ignore files above it.</summary>
/// <remarks>
/// Reading <c>repo/src</c> should ignore what <c>repo/.gitignore</c> ignores, as git does and as repomix (through
/// globby) does, so the ignore files between the work tree's top and the root are loaded up front. The root itself
/// is never tested against them: the user named it.
/// </remarks>
internal static class WorkTreeIgnores
{
    public static (IgnoreRules Rules, IgnoreChain? Chain) Load(string root, IngestOptions options)
    {
        if (!options.UseGitignore || FindTop(root) is not { } top)
        {
            return (IgnoreRules.Create(options), null);
        }

        var prefix = Path.GetRelativePath(top, root).Replace(Path.DirectorySeparatorChar, '/');
        prefix = prefix == "." ? string.Empty : prefix + "/";
        var rules = IgnoreRules.Create(options, prefix, ReadInfoExclude(top));

        IgnoreChain? chain = null;
        var basePath = string.Empty;
        var folder = top;
        foreach (var segment in prefix.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            chain = rules.DescendFromWorkTree(chain, basePath, IgnoreFileNames.All.Select(name => ReadIgnoreFile(folder, name)).ToArray());
            basePath += segment + "/";
            folder = Path.Combine(folder, segment);
        }

        return (rules, chain);
    }

    /// <summary>The bytes of an ignore file in <paramref name="folder"/>, or empty when there is none or it cannot be read.</summary>
    /// <remarks>A symlinked ignore file is not read: git has refused to follow them since 2.32.</remarks>
    public static byte[] ReadIgnoreFile(string folder, string name)
    {
        try
        {
            var info = new FileInfo(Path.Combine(folder, name));
            return info.Exists && info.LinkTarget is null ? File.ReadAllBytes(info.FullName) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? FindTop(string root)
    {
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            if (Path.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static byte[] ReadInfoExclude(string top)
    {
        try
        {
            var dotGit = Path.Combine(top, ".git");
            var gitDir = Directory.Exists(dotGit) ? dotGit : GitDirFromFile(dotGit, top);
            if (gitDir is null)
            {
                return [];
            }

            // A linked worktree's git dir names the shared one, where info/ lives.
            var commonDir = Path.Combine(gitDir, "commondir");
            if (File.Exists(commonDir))
            {
                gitDir = Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonDir).Trim()));
            }

            var exclude = Path.Combine(gitDir, "info", "exclude");
            return File.Exists(exclude) ? File.ReadAllBytes(exclude) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Follows a ".git" file ("gitdir: path"), as worktrees and submodules have.</summary>
    private static string? GitDirFromFile(string dotGit, string top)
    {
        const string Marker = "gitdir:";
        var text = File.ReadAllText(dotGit).Trim();
        return text.StartsWith(Marker, StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(top, text[Marker.Length..].Trim()))
            : null;
    }
}
