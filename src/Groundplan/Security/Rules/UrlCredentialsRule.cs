using System.Text.RegularExpressions;

namespace Groundplan.Security.Rules;

/// <summary>Passwords in URLs, <c>scheme://user:password@host</c>: basic auth, database and broker connection URLs.</summary>
internal sealed partial class UrlCredentialsRule : ISecretRule
{
    public const string RuleId = "url-credentials";

    private const int MaxScheme = 32;

    private static readonly string[] ExampleHosts = ["example.com", "example.org", "example.net", ".example", ".invalid", ".test"];

    public string Id => RuleId;

    public IReadOnlyList<SecretAnchor> Anchors { get; } = [new("://")];

    public int Priority => 0;

    public bool AppliesTo(FileFlavor flavor) => true;

    public void Match(string text, int anchor, FileFlavor flavor, ICollection<SecretMatch> found)
    {
        var start = anchor;
        while (start > 0 && anchor - start < MaxScheme && IsSchemeChar(text[start - 1]))
        {
            start--;
        }

        if (anchor - start < 2 || !char.IsAsciiLetter(text[start]))
        {
            return;
        }

        var match = Credentials().Match(text, start);
        if (!match.Success || IsExampleHost(match.Groups["host"].ValueSpan))
        {
            return;
        }

        var user = match.Groups["user"];
        var pass = match.Groups["pass"];

        // git's "https://TOKEN:x-oauth-basic@github.com": the user name is the credential.
        if (pass.ValueSpan.Equals("x-oauth-basic", StringComparison.OrdinalIgnoreCase))
        {
            if (SecretValues.LooksRandom(user.ValueSpan, 20))
            {
                found.Add(new SecretMatch(user.Index, user.Length, "token", RuleId));
            }

            return;
        }

        if (IsPlausiblePassword(user.ValueSpan, pass.ValueSpan))
        {
            found.Add(new SecretMatch(pass.Index, pass.Length, "password", RuleId));
        }
    }

    private static bool IsPlausiblePassword(ReadOnlySpan<char> user, ReadOnlySpan<char> pass)
    {
        if (pass.Length < 3 || Placeholders.IsPlaceholder(pass) || pass.Equals(user, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "USER:PASSWORD", "DB_USER:DB_PASS": upper-case names stand for values; "host:8080@" is a port, not a password.
        var isConstantName = !pass.ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");
        var isPort = pass.Length <= 5 && !pass.ContainsAnyExceptInRange('0', '9');
        return !isConstantName && !isPort && !SecretValues.HasSequence(pass, 6) && !SecretValues.HasRun(pass, 4);
    }

    private static bool IsExampleHost(ReadOnlySpan<char> host)
    {
        foreach (var example in ExampleHosts)
        {
            if (host.EndsWith(example, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSchemeChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-';

    // The password may contain '@' and ':' (greedy, then backtracks to the last '@' before the host); it stops at
    // characters that end a URL in prose or code: whitespace, quotes, brackets, '/', '?', '#'.
    [GeneratedRegex(@"\G[A-Za-z][A-Za-z0-9+.\-]{1,31}://(?<user>[^\s:/?#@""'`<>\\\[\]{}|,;]{0,128}):(?<pass>[^\s/?#""'`<>\\\[\]{}|,;]{1,256})@(?<host>[A-Za-z0-9._%\-]{1,253}|\[[0-9A-Fa-f:.]{2,60}\])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TokenPatterns.TimeoutMs)]
    private static partial Regex Credentials();
}
