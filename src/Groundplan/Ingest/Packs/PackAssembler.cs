using System.Text;
using Groundplan.Model;

namespace Groundplan.Ingest.Packs;

/// <summary>
/// Turns what a style reader found into a <see cref="RawCodebase"/>: checks every path, strips the
/// line numbers repomix added, marks compressed files, and lists what the pack does not show.
/// </summary>
internal static class PackAssembler
{
    public static RawCodebase Assemble(PackDocument document, FileOrigin origin, string packPath, IngestOptions options, IReadOnlyList<IngestNote> notes, CancellationToken cancellationToken)
    {
        var summary = PackSummary.From(document);
        var numbered = summary.Present
            ? summary.LineNumbers && !summary.Compressed // repomix does not number compressed output, whatever the header says
            : document.Files.Count > 0 && document.Files.All(f => LineNumbers.IsNumbered(f.Content));
        var compressed = summary.Present
            ? summary.Compressed
            : document.Files.Any(f => CompressibleFiles.IsCompressible(f.RawPath) && CompressibleFiles.HasSeparatorLine(f.Content));

        var entries = new List<FileEntry>(document.Files.Count);
        var allNotes = new List<IngestNote>(notes);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in document.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!RepoPath.TryNormalize(file.RawPath, out var path, out var error))
            {
                throw new GroundplanException(error, packPath, file.Line, file.Column);
            }

            if (!seen.TryAdd(path, file.Line))
            {
                throw new GroundplanException($"the path '{path}' appears twice (first at line {seen[path]})", packPath, file.Line, file.Column);
            }

            var text = file.Content;
            if (numbered && !LineNumbers.TryStrip(text, out text))
            {
                throw new GroundplanException($"the pack says repomix added line numbers, but the content of '{path}' does not start every line with its number", packPath, file.Line, file.Column);
            }

            var size = Encoding.UTF8.GetByteCount(text);
            if (size > options.MaxFileSize)
            {
                allNotes.Add(new IngestNote(path, IngestNoteKind.TooLarge, $"{size} bytes in the pack, over the {options.MaxFileSize}-byte cap; skipped"));
                continue;
            }

            var completeness = compressed && CompressibleFiles.IsCompressible(path) ? ContentCompleteness.Compressed : ContentCompleteness.Complete;
            entries.Add(new FileEntry(path, text, size, completeness));
        }

        var listed = document.Tree?.Paths.Where(p => RepoPath.TryNormalize(p.TrimEnd('/'), out _, out _)).ToArray() ?? [];
        return new RawCodebase(origin, entries)
        {
            Notes = allNotes,
            ListedPaths = listed,
            Unknowns = PackUnknowns.Find(document, summary, listed, seen.Keys.ToHashSet(StringComparer.Ordinal)),
        };
    }
}
