using System.Text;
using Groundplan.Ingest.FileSystem;
using Groundplan.Model;

namespace Groundplan.Ingest.Git;

/// <summary>Sorts the kept entries of a revision into blobs to read and notes, then reads the blobs in one stream.</summary>
/// <param name="maxFileSize">The size cap, checked against ls-tree's sizes so big blobs are never read.</param>
internal sealed class RevisionContent(long maxFileSize)
{
    private readonly List<GitTreeEntry> _toRead = [];
    private readonly List<GitTreeEntry> _links = [];

    public List<FileEntry> Entries { get; } = [];

    public List<IngestNote> Notes { get; } = [];

    public List<string> Listed { get; } = [];

    public void Add(GitTreeEntry entry)
    {
        if (entry.IsSubmodule)
        {
            Notes.Add(new IngestNote(entry.Path, IngestNoteKind.Other, $"git submodule at commit {entry.ObjectId}; its files belong to another repository and are not read"));
        }
        else if (entry.IsMissing)
        {
            // cat-file would fail on it; the path is known, the content is not.
            Notes.Add(new IngestNote(entry.Path, IngestNoteKind.Other, $"blob {entry.ObjectId} is not in this clone (a partial clone); its content is unknown"));
            Listed.Add(entry.Path);
        }
        else if (entry.IsSymlink)
        {
            _links.Add(entry);
        }
        else if (BinaryExtensions.IsBinaryPath(entry.Path))
        {
            Notes.Add(ContentDecoder.BinaryByExtension(entry.Path));
            Listed.Add(entry.Path);
        }
        else if (entry.Size > maxFileSize)
        {
            Notes.Add(ContentDecoder.TooLarge(entry.Path, entry.Size, maxFileSize));
            Listed.Add(entry.Path);
        }
        else
        {
            _toRead.Add(entry);
        }
    }

    public void ReadAll(GitBlobReader blobs, CancellationToken cancellationToken)
    {
        // A link's blob is its target path: read it only to name the target in the note.
        blobs.Read(
            _links.Select(l => l.ObjectId).ToList(),
            (i, target) => Notes.Add(new IngestNote(_links[i].Path, IngestNoteKind.Symlink, $"symbolic link to '{Encoding.UTF8.GetString(target)}'; not followed")),
            cancellationToken);

        blobs.Read(
            _toRead.Select(e => e.ObjectId).ToList(),
            (i, bytes) =>
            {
                var entry = _toRead[i];
                var result = FileReadResult.FromBytes(entry.Path, bytes, entry.Size);
                if (result.Entry is { } file)
                {
                    Entries.Add(file);
                }
                else
                {
                    Listed.Add(entry.Path);
                }

                if (result.Note is { } note)
                {
                    Notes.Add(note);
                }
            },
            cancellationToken);
    }
}
