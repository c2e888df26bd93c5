using Groundplan.Model;
using Groundplan.Tokens;

namespace Groundplan.Ingest;

/// <summary>Measures the entries a reader found (language, lines, tokens) and freezes them into a <see cref="Codebase"/>.</summary>
internal sealed class CodebaseBuilder(ITokenCounter tokens)
{
    public Codebase Build(
        FileOrigin origin,
        IReadOnlyList<FileEntry> entries,
        IReadOnlyList<IngestNote>? notes = null,
        IReadOnlyList<string>? listedPaths = null,
        IReadOnlyList<UnknownPart>? unknowns = null,
        IReadOnlyList<string>? declaredStack = null,
        bool countTokens = true)
    {
        var files = new SourceFile[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var e = entries[i];
            files[i] = new SourceFile
            {
                Path = e.Path,
                Language = LanguageMap.FromPath(e.Path),
                Size = e.Size,
                LineCount = CountLines(e.Text),
                Text = e.Text,
                // Repomix counts each file's trimmed content; so do we, so the numbers agree. Left uncounted, the
                // file counts itself on first read.
                TokenCount = countTokens ? tokens.CountTokens(JsText.Trim(e.Text)) : SourceFile.NotCounted,
                TokenCounter = tokens,
                Origin = origin,
                Completeness = e.Completeness,
            };
        });
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.Path, b.Path));

        var withContent = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return new Codebase
        {
            Origin = origin,
            Files = files,
            ListedPaths = (listedPaths ?? []).Where(p => !withContent.Contains(p)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Unknowns = unknowns ?? [],
            Notes = (notes ?? []).OrderBy(n => n.Path, StringComparer.Ordinal).ToArray(),
            DeclaredStack = declaredStack ?? [],
        };
    }

    /// <summary>Lines as an editor shows them: a final newline does not start another line.</summary>
    internal static int CountLines(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var lines = text.AsSpan().Count('\n');
        return text[^1] == '\n' ? lines : lines + 1;
    }
}
