using System.Text.RegularExpressions;

namespace Groundplan.Security.Rules;

/// <summary>A vendor token with a fixed prefix: the pattern runs where the prefix is, then the value must look random.</summary>
/// <param name="id">The rule id.</param>
/// <param name="kind">The secret kind findings and redactions name.</param>
/// <param name="pattern">A \G-anchored pattern; its group <c>v</c>, when present, is the secret, else the whole match is.</param>
/// <param name="anchors">Exact literals at a fixed offset into every token the pattern matches.</param>
/// <param name="accept">Extra checks on the value; by default <see cref="SecretValues.LooksRandom"/>.</param>
internal sealed class TokenRule(string id, string kind, Regex pattern, IReadOnlyList<SecretAnchor> anchors, Func<string, bool>? accept = null) : ISecretRule
{
    private readonly Func<string, bool> _accept = accept ?? (value => SecretValues.LooksRandom(value));

    public string Id => id;

    public string Kind => kind;

    public IReadOnlyList<SecretAnchor> Anchors => anchors;

    public int Priority => 0;

    public bool AppliesTo(FileFlavor flavor) => true;

    public void Match(string text, int start, FileFlavor flavor, ICollection<SecretMatch> found)
    {
        var match = pattern.Match(text, start);
        if (!match.Success)
        {
            return;
        }

        var value = match.Groups["v"] is { Success: true } group ? group : (Capture)match;
        if (_accept(value.Value))
        {
            found.Add(new SecretMatch(value.Index, value.Length, kind, id));
        }
    }
}
