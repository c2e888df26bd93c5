using System.Buffers;
using System.Text.RegularExpressions;
using Groundplan.Security.Rules;

namespace Groundplan.Security;

/// <summary>Finds the rules' anchors in a text with vectorised searches and hands each hit to the rules it belongs to.</summary>
/// <remarks>
/// Exact-case anchors (token prefixes) and any-case anchors (key words) are searched separately: SearchValues'
/// Teddy search keys on each literal's first three characters, and folding the case of "AKIA" or "ACCA" would
/// turn them into "basic" and "access", which are everywhere. Each set is also cut into searches of at most
/// <see cref="MaxPerSearch"/> literals: Teddy's cost grows faster than the number of literals (measured on
/// 219 MB of node_modules and .NET SDK text: 36 exact anchors in one search took 170-200 ms, in two searches
/// 50 + 30 ms), so a few small passes beat one large one.
/// </remarks>
internal sealed class AnchorIndex
{
    private const int MaxPerSearch = 18;

    // Hits are dispatched on their first character; anchors are ASCII by construction.
    private readonly (SecretAnchor Anchor, ISecretRule Rule)[][] _byFirstChar = new (SecretAnchor, ISecretRule)[128][];

    public AnchorIndex(IReadOnlyList<ISecretRule> rules)
    {
        var anchors = rules.SelectMany(rule => rule.Anchors.Select(anchor => (Anchor: anchor, Rule: rule))).ToArray();
        if (anchors.Any(a => a.Anchor.Text.Length < 3 || !System.Text.Ascii.IsValid(a.Anchor.Text) || a.Anchor.Offset < 0))
        {
            throw new ArgumentException("Secret rule anchors must be ASCII, at least three characters long, with a non-negative offset.", nameof(rules));
        }

        Searches =
        [
            .. Create(anchors.Where(a => !a.Anchor.IgnoreCase), StringComparison.Ordinal),
            .. Create(anchors.Where(a => a.Anchor.IgnoreCase), StringComparison.OrdinalIgnoreCase),
        ];
        foreach (var entry in anchors)
        {
            var first = entry.Anchor.Text[0];
            Add(first, entry);
            if (entry.Anchor.IgnoreCase && char.IsAsciiLetter(first))
            {
                Add(char.IsAsciiLetterLower(first) ? char.ToUpperInvariant(first) : char.ToLowerInvariant(first), entry);
            }
        }
    }

    /// <summary>The searches that together find every anchor; a text must be searched with each.</summary>
    public IReadOnlyList<SearchValues<string>> Searches { get; }

    /// <summary>Runs every rule with an anchor at <paramref name="position"/>, recording each new match's rule priority.</summary>
    public void Dispatch(string text, int position, FileFlavor flavor, List<SecretMatch> found, List<int> priorities)
    {
        var first = text[position];
        if (first >= 128 || _byFirstChar[first] is not { } entries)
        {
            return;
        }

        var rest = text.AsSpan(position);
        foreach (var (anchor, rule) in entries)
        {
            var start = position - anchor.Offset;
            var comparison = anchor.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (start < 0 || !rule.AppliesTo(flavor) || !rest.StartsWith(anchor.Text, comparison))
            {
                continue;
            }

            var before = found.Count;
            try
            {
                rule.Match(text, start, flavor, found);
            }
            catch (RegexMatchTimeoutException)
            {
                // Patterns are linear by construction; a timeout means a rule bug, and one rule must not sink a scan.
            }

            for (var i = before; i < found.Count; i++)
            {
                priorities.Add(rule.Priority);
            }
        }
    }

    private void Add(char first, (SecretAnchor, ISecretRule) entry) => _byFirstChar[first] = [.. _byFirstChar[first] ?? [], entry];

    private static IEnumerable<SearchValues<string>> Create(IEnumerable<(SecretAnchor Anchor, ISecretRule Rule)> anchors, StringComparison comparison) =>
        anchors.Select(a => a.Anchor.Text)
            .Distinct(StringComparer.FromComparison(comparison))
            .Chunk(MaxPerSearch)
            .Select(texts => SearchValues.Create(texts, comparison));
}
