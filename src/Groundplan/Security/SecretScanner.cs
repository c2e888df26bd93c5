using System.Buffers;
using Groundplan.Model;
using Groundplan.Security.Rules;

namespace Groundplan.Security;

/// <summary>Finds secrets (keys, tokens, passwords) in text, for reporting them and for redacting them before text leaves the machine.</summary>
/// <remarks>
/// One vectorised search finds the rules' literal anchors (prefixes such as <c>ghp_</c>, key words such as
/// <c>password</c>); only there does a rule run its anchored pattern, so cost grows with the text's size and the
/// number of hits, never with line length. Immutable and safe to share between threads.
/// </remarks>
internal sealed class SecretScanner
{
    private readonly AnchorIndex _anchors;

    public SecretScanner()
        : this(SecretRules.Default)
    {
    }

    public SecretScanner(IReadOnlyList<ISecretRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _anchors = new AnchorIndex(rules);
    }

    /// <summary>A scanner with the built-in rules.</summary>
    public static SecretScanner Default { get; } = new();

    /// <summary>The secrets in <paramref name="text"/>, sorted by position and never overlapping.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="path">The file's path, which tells how its values are written; null for text of unknown origin.</param>
    public IReadOnlyList<SecretMatch> Find(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flavor = FileFlavors.FromPath(path);
        List<SecretMatch>? found = null;
        List<int>? priorities = null;
        var searches = _anchors.Searches;
        Span<int> next = stackalloc int[searches.Count];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = Next(text, searches[i], 0);
        }

        // Walk the hits of all searches in text order; a position found by several is dispatched once.
        while (Min(next) is var position and >= 0)
        {
            found ??= [];
            priorities ??= [];
            _anchors.Dispatch(text, position, flavor, found, priorities);
            for (var i = 0; i < next.Length; i++)
            {
                if (next[i] == position)
                {
                    next[i] = Next(text, searches[i], position + 1);
                }
            }
        }

        return found is null or [] ? [] : Resolve(found, priorities!);
    }

    /// <summary>The secrets in one file, sorted by line and column.</summary>
    public IReadOnlyList<SecretFinding> Scan(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        var matches = Find(text, path);
        if (matches.Count == 0)
        {
            return [];
        }

        var findings = new List<SecretFinding>(matches.Count);
        var line = 1;
        var lineStart = 0;
        var cursor = 0;
        foreach (var match in matches.OrderBy(m => m.ReportAt))
        {
            // Lines are counted only up to each hit: the text is walked once, and only when something was found.
            var skipped = text.AsSpan(cursor, match.ReportAt - cursor);
            var newlines = skipped.Count('\n');
            if (newlines > 0)
            {
                line += newlines;
                lineStart = cursor + skipped.LastIndexOf('\n') + 1;
            }

            cursor = match.ReportAt;
            findings.Add(new SecretFinding(path, line, match.ReportAt - lineStart + 1, match.Kind, match.RuleId));
        }

        return findings;
    }

    /// <summary>The secrets in every file, scanned in parallel, sorted by path (ordinal), line and column.</summary>
    public IReadOnlyList<SecretFinding> Scan(IReadOnlyList<SourceFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var perFile = new IReadOnlyList<SecretFinding>[files.Count];
        Parallel.For(0, files.Count, i => perFile[i] = Scan(files[i].Path, files[i].Text));
        return
        [
            .. perFile.SelectMany(findings => findings)
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ThenBy(f => f.Column)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal),
        ];
    }

    /// <summary>The text with every secret replaced by <c>[REDACTED:kind]</c>.</summary>
    public string Redact(string text, string? path = null) => SecretRedactor.Redact(text, Find(text, path));

    private static int Next(string text, SearchValues<string> anchors, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var hit = text.AsSpan(from).IndexOfAny(anchors);
        return hit < 0 ? -1 : from + hit;
    }

    // The smallest non-negative position, or -1 when every search is exhausted.
    private static int Min(ReadOnlySpan<int> positions)
    {
        var min = -1;
        foreach (var position in positions)
        {
            if (position >= 0 && (min < 0 || position < min))
            {
                min = position;
            }
        }

        return min;
    }

    // Rules overlap (a key-name rule and a vendor rule on one value, two anchors in one key): keep one match per
    // stretch of text, preferring the more specific rule, then the longer match.
    private static List<SecretMatch> Resolve(List<SecretMatch> found, List<int> priorities)
    {
        var order = Enumerable.Range(0, found.Count)
            .OrderBy(i => found[i].Start)
            .ThenBy(i => priorities[i])
            .ThenByDescending(i => found[i].Length);
        var kept = new List<SecretMatch>(found.Count);
        var keptPriority = int.MaxValue;
        foreach (var i in order)
        {
            var match = found[i];
            if (kept.Count > 0 && match.Start < kept[^1].End)
            {
                var last = kept[^1];
                if (priorities[i] < keptPriority || (priorities[i] == keptPriority && match.Length > last.Length))
                {
                    kept[^1] = match;
                    keptPriority = priorities[i];
                }

                continue;
            }

            kept.Add(match);
            keptPriority = priorities[i];
        }

        return kept;
    }
}
