namespace Groundplan.Security.Rules;

/// <summary>A literal a rule's secret always contains, which the scanner searches for before running the rule.</summary>
/// <param name="Text">The literal (ASCII, at least three characters: the search keys on the first three).</param>
/// <param name="IgnoreCase">Whether the literal matches in any letter case (key names) or exactly (token prefixes).</param>
/// <param name="Offset">How far into the secret the literal sits: "ub_pat_" is 4 characters into "github_pat_".
/// Anchors start at rare character triples where the secret's own start is common ("git", "npm", "hoo").</param>
internal readonly record struct SecretAnchor(string Text, bool IgnoreCase = false, int Offset = 0);
