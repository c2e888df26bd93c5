// TEMPORARY: stand-ins for the helpers' types so main compiles until their branches merge. Deleted at merge.
#pragma warning disable
namespace Groundplan.Tokens
{
    public static class TokenCounters { public static ITokenCounter O200k { get; } = new Approx(); private sealed class Approx : ITokenCounter { public int CountTokens(ReadOnlySpan<char> t) => (t.Length + 3) / 4; } }
}
namespace Groundplan.Security
{
    public sealed record SecretFinding(string Path, int Line, int Column, string Kind, string RuleId);
    internal sealed record SecretMatch(int Start, int Length, string Kind, string RuleId);
    internal sealed class SecretScanner { public IReadOnlyList<SecretMatch> Find(string text) => []; public IReadOnlyList<SecretFinding> Scan(IReadOnlyList<Groundplan.Model.SourceFile> files) => []; }
    internal static class SecretRedactor { public static string Redact(string text, IReadOnlyList<SecretMatch> m) => text; }
}
