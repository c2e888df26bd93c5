using System.IO.Enumeration;
using Groundplan.Ingest.Ignore;
using Groundplan.Model;

namespace Groundplan.Ingest.FileSystem;

/// <summary>Walks a tree in ordinal order, pruning ignored folders, and sorts what it finds into files to read and notes.</summary>
/// <remarks>
/// Symbolic links are never followed, to files or folders alike: a link inside the tree duplicates a file that is
/// packed under its own path, a link outside leaks files that are not the project's, and a folder link can loop.
/// Repomix (globby with <c>followSymbolicLinks: false</c>) and git (which stores the link, not the target) skip them
/// too, so all three agree. Each kept link gets a note naming its target.
/// </remarks>
internal sealed class DirectoryWalker(string root, IgnoreRules rules, long maxFileSize, CancellationToken cancellationToken)
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly List<FileCandidate> _candidates = [];
    private readonly List<IngestNote> _notes = [];
    private readonly List<string> _listed = [];

    /// <summary>Files to read, in walk order.</summary>
    public IReadOnlyList<FileCandidate> Candidates => _candidates;

    /// <summary>Files and folders skipped with a reason.</summary>
    public IReadOnlyList<IngestNote> Notes => _notes;

    /// <summary>Kept files whose content is not read (binary, too large).</summary>
    public IReadOnlyList<string> Listed => _listed;

    public void Walk(IgnoreChain? chain) => WalkFolder(root, string.Empty, chain);

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    private void WalkFolder(string fullPath, string relativePath, IgnoreChain? chain)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<Entry> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(fullPath, static (ref FileSystemEntry e) => new Entry(ref e), ListOptions)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _notes.Add(new IngestNote(relativePath.Length == 0 ? "." : relativePath, IngestNoteKind.Unreadable, $"folder could not be listed ({e.Message}); skipped"));
            return;
        }

        entries.Sort(Entry.ByName);
        if (rules.UsesIgnoreFiles)
        {
            chain = rules.Descend(chain, relativePath, IgnoreFileNames.All.Select(name => ReadIgnoreFile(entries, fullPath, name)).ToArray());
        }

        foreach (var entry in entries)
        {
            var path = Join(relativePath, entry.Name);
            var full = Path.Combine(fullPath, entry.Name);
            if (entry.IsLink)
            {
                // Git treats a link as a file whatever it points at, so "dir/" patterns do not match it.
                if (!rules.IsExcluded(path, isDirectory: false, chain) && rules.IsIncluded(path))
                {
                    _notes.Add(new IngestNote(path, IngestNoteKind.Symlink, $"symbolic link to '{LinkTarget(full)}'; not followed"));
                }
            }
            else if (entry.IsDirectory)
            {
                if (!rules.IsExcluded(path, isDirectory: true, chain))
                {
                    WalkFolder(full, path, chain);
                }
            }
            else if (!rules.IsExcluded(path, isDirectory: false, chain) && rules.IsIncluded(path))
            {
                AddFile(path, full, entry.Length);
            }
        }
    }

    private void AddFile(string path, string full, long length)
    {
        if (BinaryExtensions.IsBinaryPath(path))
        {
            _notes.Add(ContentDecoder.BinaryByExtension(path));
            _listed.Add(path);
        }
        else if (length > maxFileSize)
        {
            _notes.Add(ContentDecoder.TooLarge(path, length, maxFileSize));
            _listed.Add(path);
        }
        else
        {
            _candidates.Add(new FileCandidate(path, full, length));
        }
    }

    private static byte[] ReadIgnoreFile(List<Entry> entries, string folder, string name)
    {
        var index = entries.BinarySearch(new Entry(name), Entry.ByName);
        return index >= 0 && entries[index] is { IsLink: false, IsDirectory: false } ? WorkTreeIgnores.ReadIgnoreFile(folder, name) : [];
    }

    private static string LinkTarget(string full)
    {
        try
        {
            return new FileInfo(full).LinkTarget ?? "?";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, long Length)
    {
        public static readonly IComparer<Entry> ByName = Comparer<Entry>.Create(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

        public Entry(string name)
            : this(name, false, false, 0)
        {
        }

        public Entry(ref FileSystemEntry e)
            : this(e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0, e.Length)
        {
        }
    }
}
