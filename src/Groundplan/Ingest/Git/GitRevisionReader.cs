using System.Text;
using Groundplan.Ingest.Ignore;
using Groundplan.Model;

namespace Groundplan.Ingest.Git;

/// <summary>Reads a codebase at a git revision from git's objects, never from the working tree.</summary>
/// <remarks>
/// The committed .gitignore files are applied too. Git keeps ignored files out of commits only when they are
/// added after the rule; files force-added or committed before it stay tracked. Repomix reads a checkout and
/// ignores those, so applying the committed rules makes a revision pack the same files as its checkout would.
/// </remarks>
internal sealed class GitRevisionReader : ISourceReader
{
    public RawCodebase Read(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new GroundplanException("invalid options: " + string.Join("; ", problems), path);
        }

        if (!Directory.Exists(path))
        {
            throw new GroundplanException(File.Exists(path) ? "is a file, not a git repository" : "no such directory", path);
        }

        var git = new GitRunner(path);
        var infoExclude = ReadInfoExclude(git, cancellationToken);
        var commit = GitRevision.Resolve(git, options.Revision ?? "HEAD", cancellationToken);
        var tree = GitTreeEntry.Parse(git.RunChecked(["ls-tree", "-r", "-z", "--full-tree", "-l", commit], $"list the files of {commit}", cancellationToken), path);

        using var blobs = GitBlobReader.Start(git);
        var rules = IgnoreRules.Create(options, infoExclude: infoExclude);
        var filter = new GitTreeFilter(rules, options.UseGitignore ? ReadIgnoreFiles(tree, blobs, cancellationToken) : []);
        var read = new RevisionContent(options.MaxFileSize);
        foreach (var entry in tree)
        {
            if (filter.Keeps(entry))
            {
                read.Add(entry);
            }
        }

        read.ReadAll(blobs, cancellationToken);
        return new RawCodebase(new FileOrigin(OriginKind.Git, path, commit), read.Entries) { Notes = read.Notes, ListedPaths = read.Listed };
    }

    /// <summary>.git/info/exclude belongs to the repository, not the revision, but it applies to a checkout, so it applies here.</summary>
    private static byte[] ReadInfoExclude(GitRunner git, CancellationToken cancellationToken)
    {
        var result = git.Run(["rev-parse", "--git-path", "info/exclude"], cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new GroundplanException($"is not a git repository ({result.FirstErrorLine})", git.Repository);
        }

        var file = Path.Combine(git.Repository, Encoding.UTF8.GetString(result.Output).TrimEnd('\n'));
        try
        {
            return File.Exists(file) ? File.ReadAllBytes(file) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static Dictionary<string, byte[][]> ReadIgnoreFiles(List<GitTreeEntry> tree, GitBlobReader blobs, CancellationToken cancellationToken)
    {
        // Links are not followed for ignore files, as git does not follow a symlinked .gitignore.
        var files = tree.Where(e => !e.IsSymlink && !e.IsSubmodule && IgnoreFileNames.IndexOf(Name(e.Path)) >= 0).ToList();
        var byFolder = new Dictionary<string, byte[][]>(StringComparer.Ordinal);
        blobs.Read(
            files.Select(f => f.ObjectId).ToList(),
            (i, bytes) =>
            {
                var path = files[i].Path;
                var folder = path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;
                if (!byFolder.TryGetValue(folder, out var slots))
                {
                    byFolder[folder] = slots = [.. IgnoreFileNames.All.Select(_ => Array.Empty<byte>())];
                }

                slots[IgnoreFileNames.IndexOf(Name(path))] = bytes.ToArray();
            },
            cancellationToken);
        return byFolder;
    }

    private static ReadOnlySpan<char> Name(string path) => path.AsSpan(path.LastIndexOf('/') + 1);
}
