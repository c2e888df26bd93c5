using System.Text;

namespace Groundplan.Ingest.Ignore;

/// <summary>Decides which paths a read keeps: every ignore source, in one order of precedence, compiled once.</summary>
/// <remarks>
/// <para>Precedence, highest first, the first source with a matching pattern deciding:</para>
/// <list type="number">
/// <item>a path segment named <c>.git</c> is always dropped;</item>
/// <item><see cref="IngestOptions.Ignore"/> (its '!' patterns can even rescue a default-ignored path);</item>
/// <item>the built-in defaults, which .gitignore negations cannot undo, as in repomix;</item>
/// <item>the ignore files from the deepest folder up (in one folder, in <see cref="IgnoreFileNames"/> order);</item>
/// <item>.git/info/exclude.</item>
/// </list>
/// <para>Paths are matched as git matches them: relative to the folder of each ignore file, as UTF-8 bytes. When the
/// root being read sits inside a git work tree, the ignore files above it apply too, so paths carry a
/// <c>prefix</c> (the root's place in the work tree) for those files and drop it for the root-relative globs.</para>
/// </remarks>
internal sealed class IgnoreRules
{
    private const int StackPathBytes = 512;

    private readonly IgnoreList? _ignore;
    private readonly IgnoreList? _defaults;
    private readonly IgnoreList? _include;
    private readonly IgnoreList? _infoExclude;
    private readonly byte[] _prefix;
    private readonly string _prefixText;

    private IgnoreRules(IngestOptions options, string prefix, IgnoreList? infoExclude)
    {
        _ignore = NonEmpty(IgnoreList.FromGlobs(options.Ignore));
        _defaults = options.UseDefaultIgnores ? DefaultIgnores.List : null;
        _include = NonEmpty(IgnoreList.FromGlobs(options.Include));
        UsesIgnoreFiles = options.UseGitignore;
        _infoExclude = options.UseGitignore ? infoExclude : null;
        _prefixText = prefix;
        _prefix = Encoding.UTF8.GetBytes(prefix);
    }

    /// <summary>Whether the ignore files (<see cref="IgnoreFileNames"/>) should be read while walking.</summary>
    public bool UsesIgnoreFiles { get; }

    /// <summary>The rules for <paramref name="options"/>.</summary>
    /// <param name="options">What the user asked for.</param>
    /// <param name="prefix">The root's folder inside its git work tree ("" or "a/b/"), when ignore files above it apply.</param>
    /// <param name="infoExclude">The text of .git/info/exclude, if any.</param>
    public static IgnoreRules Create(IngestOptions options, string prefix = "", ReadOnlySpan<byte> infoExclude = default) =>
        new(options, prefix, NonEmpty(IgnoreList.Parse(infoExclude)));

    /// <summary>The chain for a folder below the root, given the texts of its ignore files.</summary>
    /// <param name="parent">The chain of the folder above.</param>
    /// <param name="directory">The folder, relative to the root ("" for the root itself).</param>
    /// <param name="files">The content of each of <see cref="IgnoreFileNames.All"/>, in that order; empty when absent.</param>
    public IgnoreChain? Descend(IgnoreChain? parent, string directory, IReadOnlyList<byte[]> files) =>
        DescendFromWorkTree(parent, directory.Length == 0 ? _prefixText : _prefixText + directory + "/", files);

    /// <summary>As <see cref="Descend"/>, for a folder given relative to the work tree ("" or "a/b/"): used for the folders above the root.</summary>
    public IgnoreChain? DescendFromWorkTree(IgnoreChain? parent, string basePath, IReadOnlyList<byte[]> files)
    {
        if (!UsesIgnoreFiles || files.All(f => f.Length == 0))
        {
            return parent;
        }

        // One list in IgnoreFileNames order: within a list the last match wins, so .groundplanignore overrides .gitignore.
        var list = IgnoreList.Parse(files, basePath);
        return list.IsEmpty ? parent : new IgnoreChain(list, parent);
    }

    /// <summary>Whether <paramref name="path"/> (relative to the root, '/'-separated) is ignored; a directory that is ignored must not be entered.</summary>
    public bool IsExcluded(string path, bool isDirectory, IgnoreChain? chain)
    {
        using var encoded = new PathBytes(_prefix, path, stackalloc byte[StackPathBytes]);
        var full = encoded.Span;
        return IsExcluded(full, full.LastIndexOf((byte)'/') + 1, isDirectory, chain);
    }

    /// <summary>Whether a file passes <see cref="IngestOptions.Include"/>.</summary>
    /// <remarks>
    /// The nearest match wins: the file's own, else its closest folder's ("src/" keeps all below it, "!src/x.cs"
    /// drops one file). A '!' pattern that matches any of its folders drops it outright, so
    /// <c>["*.cs", "!src/gen/"]</c> means what it says.
    /// </remarks>
    public bool IsIncluded(string path)
    {
        if (_include is null)
        {
            return true;
        }

        using var encoded = new PathBytes([], path, stackalloc byte[StackPathBytes]);
        var full = encoded.Span;
        var nearest = IgnoreVerdict.None;
        for (var (end, isDirectory) = (full.Length, false); end > 0; end = full[..end].LastIndexOf((byte)'/'), isDirectory = true)
        {
            var candidate = full[..end];
            var verdict = _include.Match(candidate, candidate.LastIndexOf((byte)'/') + 1, isDirectory);

            // The list reads include globs as ignore patterns, so "Included" means a '!' pattern matched.
            if (isDirectory && verdict == IgnoreVerdict.Included)
            {
                return false;
            }

            if (nearest == IgnoreVerdict.None)
            {
                nearest = verdict;
            }
        }

        return nearest == IgnoreVerdict.Excluded;
    }

    private static IgnoreList? NonEmpty(IgnoreList list) => list.IsEmpty ? null : list;

    private bool IsExcluded(ReadOnlySpan<byte> full, int nameStart, bool isDirectory, IgnoreChain? chain)
    {
        if (full[nameStart..].SequenceEqual(".git"u8))
        {
            return true;
        }

        // The root-relative sources see the path without the work-tree prefix.
        var local = full[_prefix.Length..];
        var localNameStart = nameStart - _prefix.Length;
        var verdict = _ignore?.Match(local, localNameStart, isDirectory) ?? IgnoreVerdict.None;
        if (verdict != IgnoreVerdict.None)
        {
            return verdict == IgnoreVerdict.Excluded;
        }

        if (_defaults?.Match(local, localNameStart, isDirectory) == IgnoreVerdict.Excluded)
        {
            return true;
        }

        for (var node = chain; node is not null; node = node.Parent)
        {
            verdict = node.List.Match(full, nameStart, isDirectory);
            if (verdict != IgnoreVerdict.None)
            {
                return verdict == IgnoreVerdict.Excluded;
            }
        }

        return _infoExclude?.Match(full, nameStart, isDirectory) == IgnoreVerdict.Excluded;
    }
}
