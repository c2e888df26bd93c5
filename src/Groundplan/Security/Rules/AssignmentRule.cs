namespace Groundplan.Security.Rules;

/// <summary>
/// Secrets assigned to keys that name them: <c>DB_PASSWORD=...</c>, <c>"apiKey": "..."</c>, <c>client_secret: ...</c>,
/// <c>Password=...;</c> in connection strings, <c>&lt;password&gt;...&lt;/password&gt;</c>, in config files and code.
/// </summary>
/// <remarks>
/// Anchored on the secret word inside the key: the scanner finds the word, this rule widens it to the whole key,
/// reads the key's class from its name, and judges the value. In code only string literals count as values.
/// </remarks>
internal sealed class AssignmentRule : ISecretRule
{
    private const int MaxKey = 64;

    public string Id => AssignmentChecks.SecretRuleId;

    // Pieces of the secret words, chosen so their first three letters are rare in code ("ecret", not "secret",
    // which would stop at every "section"); the rule widens each hit to the whole key anyway. "\n_auth" and
    // ":_auth" are .npmrc's keys, at a line start or after the registry URL.
    public IReadOnlyList<SecretAnchor> Anchors { get; } =
    [
        .. new[]
        {
            "pass", "pwd", "ecret", "token", "pikey", "pi_key", "pi-key", "sskey", "ss_key", "ss-key", "vatekey",
            "vate_key", "ntkey", "hkey", "h_key", ":_auth", "\n_auth",
        }.Select(word => new SecretAnchor(word, IgnoreCase: true)),
    ];

    // Key names are guesses: a vendor rule that recognises the value itself wins.
    public int Priority => 1;

    public bool AppliesTo(FileFlavor flavor) => flavor != FileFlavor.Lock;

    public void Match(string text, int anchor, FileFlavor flavor, ICollection<SecretMatch> found)
    {
        while (anchor < text.Length && !IsKeyChar(text[anchor]))
        {
            anchor++;
        }

        var keyStart = anchor;
        while (keyStart > 0 && IsKeyChar(text[keyStart - 1]))
        {
            if (anchor - --keyStart > MaxKey)
            {
                return;
            }
        }

        var keyEnd = anchor;
        while (keyEnd < text.Length && IsKeyChar(text[keyEnd]))
        {
            if (++keyEnd - anchor > MaxKey)
            {
                return;
            }
        }

        var key = text.AsSpan(keyStart, keyEnd - keyStart);
        var keyClass = KeyNames.Classify(key.TrimStart("-."));
        if (keyClass == KeyClass.None)
        {
            return;
        }

        var before = keyStart > 0 ? text[keyStart - 1] : '\n';
        var match = before == '<' ? AssignmentPatterns.Element().Match(text, keyEnd) : AssignmentPatterns.Value().Match(text, keyEnd);
        if (!match.Success)
        {
            return;
        }

        var quoted = match.Groups["v"];
        var group = quoted.Success ? quoted : match.Groups["u"];
        var value = group.ValueSpan;

        // In a query string ("?user=app&password=...&ssl=1") the value ends at the next '&'; elsewhere '&' is text.
        if (!quoted.Success && before is '?' or '&' && value.IndexOf('&') is >= 0 and var amp)
        {
            value = value[..amp];
        }

        if (match.Groups["comma"].Success ? !IsCallArgument(text, keyStart) : !quoted.Success && !IsBareValue(text, flavor, before, match.Groups["op"].ValueSpan, group.Index + value.Length))
        {
            return;
        }

        // A lone "PWD=/home/me" is the shell's working directory; "Pwd=" inside a connection string is a password.
        if (key.Equals("pwd", StringComparison.OrdinalIgnoreCase) && before is not (';' or '"' or '\'' or '&' or '?'))
        {
            return;
        }

        if (AssignmentChecks.Judge(keyClass, value) is var (ruleId, kind))
        {
            found.Add(new SecretMatch(group.Index, value.Length, kind, ruleId));
        }
    }

    // A bare value is literal text in config files, but in code it is an expression (token = readToken()),
    // except inside connection strings and query strings, where pairs follow ';', '&' or '?', or open a string
    // literal ("--password=...", "Password=...;"). A bare word followed by '(' or '.' is a call or member anywhere.
    private static bool IsBareValue(string text, FileFlavor flavor, char before, ReadOnlySpan<char> op, int valueEnd)
    {
        var after = valueEnd < text.Length ? text[valueEnd] : '\n';
        if (after is '(' or '.' or '[')
        {
            return false;
        }

        if (flavor is FileFlavor.Config or FileFlavor.Unknown || before is ';' or '&' or '?')
        {
            return true;
        }

        return before is '"' or '\'' && op is "=" && after is '"' or '\'' or ';';
    }

    // ("KEY", "value"): the key must be a whole string literal that opens a call's argument list, not an item in
    // a list of words (["password", "username"]).
    private static bool IsCallArgument(string text, int keyStart)
    {
        var i = keyStart - 2;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return keyStart >= 1 && text[keyStart - 1] is '"' or '\'' && i >= 0 && text[i] == '(';
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';
}
