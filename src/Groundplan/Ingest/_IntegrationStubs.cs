// TEMPORARY: stand-ins for the helpers' types so main compiles until their branches merge. Deleted at merge.
#pragma warning disable
namespace Groundplan.Security
{
    public sealed record SecretFinding(string Path, int Line, int Column, string Kind, string RuleId);
    internal sealed record SecretMatch(int Start, int Length, string Kind, string RuleId);
    internal sealed class SecretScanner { public IReadOnlyList<SecretMatch> Find(string text) => []; public IReadOnlyList<SecretFinding> Scan(IReadOnlyList<Groundplan.Model.SourceFile> files) => []; }
    internal static class SecretRedactor { public static string Redact(string text, IReadOnlyList<SecretMatch> m) => text; }
}
