namespace Groundplan.Ingest.Packs;

/// <summary>
/// The files repomix's <c>--compress</c> rewrites: those whose extension has a Tree-sitter query in
/// repomix 1.14 (src/core/treeSitter/languageConfig.ts). Every other file is packed whole even in a
/// compressed pack, so only these are marked as compressed.
/// </summary>
internal static class CompressibleFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.Ordinal)
    {
        "js", "jsx", "cjs", "mjs", "mjsx", "ts", "tsx", "mts", "mtsx", "cts", "py", "go", "rs", "java", "cs",
        "rb", "php", "swift", "c", "h", "cpp", "hpp", "css", "sol", "vue", "dart",
    };

    /// <summary>The chunk separator repomix puts between the pieces it keeps.</summary>
    public const string Separator = "⋮----";

    public static bool IsCompressible(string path) => Extensions.Contains(Extension(path));

    /// <summary>Node's <c>path.extname(p).toLowerCase().slice(1)</c>: a leading dot does not start an extension.</summary>
    private static string Extension(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[(dot + 1)..].ToLowerInvariant() : string.Empty;
    }

    /// <summary>Whether <paramref name="content"/> has a line that is exactly the chunk separator.</summary>
    public static bool HasSeparatorLine(string content)
    {
        var span = content.AsSpan();
        var at = span.IndexOf(Separator);
        while (at >= 0)
        {
            var end = at + Separator.Length;
            var startsLine = at == 0 || span[at - 1] == '\n';
            var endsLine = end == span.Length || span[end] == '\n' || span[end] == '\r';
            if (startsLine && endsLine)
            {
                return true;
            }

            var next = span[end..].IndexOf(Separator);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }
}
