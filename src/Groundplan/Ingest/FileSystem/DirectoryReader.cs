using Groundplan.Model;
using Microsoft.Win32.SafeHandles;

namespace Groundplan.Ingest.FileSystem;

/// <summary>Reads a working directory: walks it with the ignore rules, then reads the kept files in parallel.</summary>
/// <param name="openFile">Opens a file for reading; a seam for tests that need a read to fail (permissions do not stop root).</param>
internal sealed class DirectoryReader(Func<string, SafeFileHandle>? openFile = null) : ISourceReader
{
    private readonly Func<string, SafeFileHandle> _openFile = openFile ?? OpenForRead;

    public RawCodebase Read(string path, IngestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new GroundplanException("invalid options: " + string.Join("; ", problems), path);
        }

        var root = CheckRoot(path);
        var (rules, chain) = WorkTreeIgnores.Load(root, options);
        var walker = new DirectoryWalker(root, rules, options.MaxFileSize, cancellationToken);
        walker.Walk(chain);

        var candidates = walker.Candidates;
        var results = new FileReadResult[candidates.Count];
        Parallel.For(
            0,
            candidates.Count,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = FileContentReader.Read(candidates[i], options.MaxFileSize, _openFile));

        var entries = new List<FileEntry>(results.Length);
        var notes = new List<IngestNote>(walker.Notes);
        var listed = new List<string>(walker.Listed);
        foreach (var result in results)
        {
            if (result.Entry is { } entry)
            {
                entries.Add(entry);
            }
            else
            {
                listed.Add(result.Note!.Path);
            }

            if (result.Note is { } note)
            {
                notes.Add(note);
            }
        }

        return new RawCodebase(new FileOrigin(OriginKind.Directory, path), entries) { Notes = notes, ListedPaths = listed };
    }

    private static string CheckRoot(string path)
    {
        if (path.Length == 0)
        {
            throw new GroundplanException("the directory path is empty");
        }

        if (Directory.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        throw new GroundplanException(File.Exists(path) ? "is a file, not a directory" : "no such directory", path);
    }

    private static SafeFileHandle OpenForRead(string fullPath) =>
        File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
