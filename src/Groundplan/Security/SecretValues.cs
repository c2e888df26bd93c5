using System.Buffers;

namespace Groundplan.Security;

/// <summary>Judges whether a candidate value is a real secret or a placeholder, a reference or prose.</summary>
/// <remarks>Only candidates reach these checks, so they favour clarity over speed.</remarks>
internal static class SecretValues
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

    private static readonly SearchValues<char> IdentifierChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");

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

    private static bool HasPlaceholderWord(ReadOnlySpan<char> value)
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

    /// <summary>Whether a machine-made token looks random: long enough, varied, no placeholder words, runs or counting sequences.</summary>
    public static bool LooksRandom(ReadOnlySpan<char> value, int minLength = 12)
    {
        if (value.Length < minLength || !IsPrintableAscii(value) || HasRun(value, 5) || HasSequence(value, 6))
        {
            return false;
        }

        if (HasPlaceholderWord(value))
        {
            return false;
        }

        // Random strings of n symbols carry close to log2(n) bits per symbol; demand three quarters of that.
        var wanted = Math.Min(3.2, 0.75 * Math.Log2(value.Length));
        return Entropy(value) >= wanted;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in value)
        {
            counts[c < 128 ? c : 127]++;
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                var p = (double)count / value.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>Whether some character repeats <paramref name="length"/> times in a row.</summary>
    public static bool HasRun(ReadOnlySpan<char> value, int length)
    {
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the value counts up or down for <paramref name="length"/> characters, as in <c>abcdef</c> or <c>123456</c>.</summary>
    public static bool HasSequence(ReadOnlySpan<char> value, int length)
    {
        int up = 1, down = 1;
        for (var i = 1; i < value.Length; i++)
        {
            up = value[i] == value[i - 1] + 1 ? up + 1 : 1;
            down = value[i] == value[i - 1] - 1 ? down + 1 : 1;
            if (up >= length || down >= length)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPrintableAscii(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('!', '~');

    /// <summary>Whether the value is a file path or URL rather than a credential.</summary>
    public static bool LooksLikePath(ReadOnlySpan<char> value) =>
        value.StartsWith('/') || value.StartsWith("~/") || value.StartsWith("./") || value.StartsWith("../")
        || (value.Length > 2 && value[1] == ':' && value[2] is '\\' or '/')
        || value.Contains("://", StringComparison.Ordinal);

    /// <summary>Whether the value is a dotted name such as <c>this.token</c> or <c>settings.Secret</c>.</summary>
    public static bool IsDottedName(ReadOnlySpan<char> value)
    {
        if (!value.Contains('.'))
        {
            return false;
        }

        foreach (var part in value.Split('.'))
        {
            var segment = value[part];
            if (segment.IsEmpty || char.IsAsciiDigit(segment[0]) || segment.ContainsAnyExcept(IdentifierChars))
            {
                return false;
            }
        }

        return true;
    }

    // Masks: one repeated character, or only mask characters such as "xxx-xxx" or "***.***".
    private static bool IsMask(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept(value[0]) || !value.ContainsAnyExcept("*xX.-_#•…?0");
}
