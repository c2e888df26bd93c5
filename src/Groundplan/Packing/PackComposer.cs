using Groundplan.Model;

namespace Groundplan.Packing;

/// <summary>Turns a codebase into the document a renderer writes: ordered files, the tree, the header notes.</summary>
internal static class PackComposer
{
    public static PackLayout Compose(Codebase codebase, PackOptions options, Func<SourceFile, string> contentOf)
    {
        var files = codebase.Files
            .OrderBy(f => f.Path, PackPathOrder.Instance)
            .Select(f => new PackLayoutFile(f.Path, contentOf(f), f.Language))
            .ToArray();

        string? tree = null;
        if (options.DirectoryStructure)
        {
            // Skipped binaries stay in the tree, so a reader still knows they exist.
            var skipped = codebase.Notes.Where(n => n.Kind is IngestNoteKind.Binary or IngestNoteKind.TooLarge).Select(n => n.Path);
            tree = DirectoryTreeFormatter.Format(codebase.Files.Select(f => f.Path).Concat(codebase.ListedPaths).Concat(skipped));
        }

        var description = options.IsSubset || !codebase.IsComplete ? "a subset of the codebase" : "the entire codebase";
        return new PackLayout(description, Notes(codebase, options), tree, files, options.FileSummary);
    }

    private static List<string> Notes(Codebase codebase, PackOptions options)
    {
        var notes = new List<string>
        {
            "- Some files may have been excluded by .gitignore rules, Groundplan's default ignores or the include/ignore options",
            "- Binary files are not included; the Directory Structure section lists them",
            "- Each file's content is carried exactly as read",
        };
        if (options.Redact)
        {
            notes.Add("- Secrets found by the scan have been replaced with [REDACTED:kind]");
        }

        notes.AddRange(codebase.Unknowns.Select(u => $"- Unknown: {u.Scope}: {u.Reason}"));
        return notes;
    }
}
