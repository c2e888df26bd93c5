namespace Groundplan.Security;

/// <summary>Recognises values that stand in for a secret: references to variables or stores, masks, example words.</summary>
/// <remarks>Only candidates reach these checks, so they favour clarity over speed.</remarks>
internal static class Placeholders
{
    // Substrings that mark a value as an example. Random tokens contain none of them by chance
    // (4+ letters in a row from a 62-letter alphabet), while human-written placeholders nearly always do.
    private static readonly string[] PlaceholderWords =
    [
        "example", "your", "here", "xxxx", "changeme", "change_me", "change-me", "placeholder", "dummy", "fake",
        "sample", "redacted", "replace", "insert", "password", "passwd", "passw0rd", "p@ssw0rd", "secret", "token",
        "todo", "mock", "notreal", "not-real", "not_real", "lorem", "foobar",
    ];

    private static readonly HashSet<string> PlaceholderValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "testing", "tester", "test123", "foo", "bar", "baz", "qux", "none", "null", "nil", "undefined", "true",
        "false", "yes", "no", "on", "off", "admin", "admin123", "root", "user", "username", "guest", "pass", "default",
        "string", "empty", "required", "optional", "hidden", "masked", "unknown", "unset", "demo", "qwerty",
        "letmein", "abc123", "pa55word", "pa$$word", "!vault", "enc", "sa", "postgres", "mysql", "nopass",
    };

    // Prefixes of values that name where the secret comes from instead of holding it.
    private static readonly string[] ReferencePrefixes =
    [
        "process.env", "import.meta.env", "os.environ", "os.getenv", "getenv(", "env(", "env.", "env[", "$env:",
        "system.getenv", "environment.", "config.", "configuration[", "settings.", "secrets.", "vars.", "!vault",
        "enc(", "vault:", "op://", "sm://", "arn:aws:secretsmanager", "secretref:", "keyvault:",
    ];

    private static readonly string[] ReferenceInfixes = ["${", "{{", "$(", "#{", "%(", "<%", "{%", "[[", "$$"];

    /// <summary>Whether the value names a variable, template slot or secret store instead of holding a secret.</summary>
    public static bool IsReference(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return true;
        }

        foreach (var infix in ReferenceInfixes)
        {
            if (value.Contains(infix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var prefix in ReferencePrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var first = value[0];
        var last = value[^1];
        return (first == '$' && value.Length > 1 && (char.IsAsciiLetter(value[1]) || value[1] == '_'))
            || (first == '%' && last == '%')
            || (first == '{' && last == '}')
            || (first == '<' && last == '>')
            || (first == '[' && last == ']')
            || (first == '@' && last == '@');
    }

    /// <summary>Whether the value is an obvious stand-in: a reference, a mask such as <c>****</c>, or a word like <c>changeme</c>.</summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> value) =>
        IsReference(value) || IsMask(value) || PlaceholderValues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value)
        || HasPlaceholderWord(value) || IsEncodedPlaceholder(value);

    /// <summary>Whether the value contains a word only examples contain, such as <c>example</c> or <c>changeme</c>.</summary>
    public static bool HasPlaceholderWord(ReadOnlySpan<char> value)
    {
        foreach (var word in PlaceholderWords)
        {
            if (value.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Basic-auth and .npmrc values are base64 of "user:password"; docs encode placeholders ("not my real password").
    private static bool IsEncodedPlaceholder(ReadOnlySpan<char> value)
    {
        Span<byte> decoded = stackalloc byte[192];
        if (value.Length is < 8 or > 256 || value.Length % 4 != 0 || !Convert.TryFromBase64Chars(value, decoded, out var length))
        {
            return false;
        }

        Span<char> text = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (char)decoded[i];
        }

        return !text.ContainsAnyExceptInRange(' ', '~') && (HasPlaceholderWord(text) || text.Contains("not my", StringComparison.OrdinalIgnoreCase));
    }

    // Masks: one repeated character, or only mask characters such as "xxx-xxx" or "***.***".
    private static bool IsMask(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept(value[0]) || !value.ContainsAnyExcept("*xX.-_#•…?0");
}
