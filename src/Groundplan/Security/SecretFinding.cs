namespace Groundplan.Security;

/// <summary>A secret found in a file: where it starts and what kind it is, never the secret itself.</summary>
/// <param name="Path">The repo-relative path of the file.</param>
/// <param name="Line">The 1-based line where the secret starts (for a private key block, its <c>-----BEGIN</c> line).</param>
/// <param name="Column">The 1-based column where the secret starts, counted in UTF-16 code units.</param>
/// <param name="Kind">What the secret is, e.g. <c>github-token</c>, <c>password</c>, <c>private-key</c>; redaction writes <c>[REDACTED:kind]</c>.</param>
/// <param name="RuleId">The stable id of the rule that found it, e.g. <c>aws-access-key-id</c>.</param>
public sealed record SecretFinding(string Path, int Line, int Column, string Kind, string RuleId);
