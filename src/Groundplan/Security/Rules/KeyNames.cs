namespace Groundplan.Security.Rules;

/// <summary>Reads a key name (<c>DB_PASSWORD</c>, <c>clientSecret</c>, <c>aws.secret_access_key</c>) for what its value holds.</summary>
/// <remarks>
/// The name is split into words (on punctuation, camel case and digits); the last secret word decides, and only
/// harmless words may follow it, so <c>api_key</c> counts but <c>api_key_id</c>, <c>token_url</c> and
/// <c>passwordMinLength</c> do not.
/// </remarks>
internal static class KeyNames
{
    private const int MaxWords = 16;

    private static readonly Dictionary<string, KeyClass> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["password"] = KeyClass.Password, ["passwd"] = KeyClass.Password, ["passphrase"] = KeyClass.Password,
        ["pwd"] = KeyClass.Password, ["pass"] = KeyClass.Password, ["passcode"] = KeyClass.Password,
        ["secret"] = KeyClass.Secret, ["secretkey"] = KeyClass.Secret, ["privatekey"] = KeyClass.Secret,
        ["clientsecret"] = KeyClass.Secret, ["token"] = KeyClass.Token, ["accesstoken"] = KeyClass.Token,
        ["authtoken"] = KeyClass.Token, ["apitoken"] = KeyClass.Token, ["apikey"] = KeyClass.ApiKey,
        ["accesskey"] = KeyClass.ApiKey, ["authkey"] = KeyClass.ApiKey, ["accountkey"] = KeyClass.AzureKey,
        ["secretaccesskey"] = KeyClass.AwsSecretKey,
    };

    // "<word> key" pairs that name a secret; a lone "key" names anything.
    private static readonly Dictionary<string, KeyClass> KeyQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["api"] = KeyClass.ApiKey, ["access"] = KeyClass.ApiKey, ["auth"] = KeyClass.ApiKey,
        ["private"] = KeyClass.Secret, ["secret"] = KeyClass.Secret, ["signing"] = KeyClass.Secret,
        ["encryption"] = KeyClass.Secret, ["master"] = KeyClass.Secret, ["account"] = KeyClass.AzureKey,
    };

    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "key", "value", "val", "str", "string", "plain", "plaintext", "raw", "base", "b64", "base64", "hex", "bytes",
    };

    // Keys that name something published: PublicKeyToken (.NET assembly identity), public_key, publishable_key (Stripe).
    private static readonly HashSet<string> Vetoes = new(StringComparer.OrdinalIgnoreCase) { "public", "publishable", "pub" };

    public static KeyClass Classify(ReadOnlySpan<char> key)
    {
        if (key.Equals("_auth", StringComparison.Ordinal) || key.Equals("_authToken", StringComparison.Ordinal)
            || key.Equals("_password", StringComparison.Ordinal))
        {
            return KeyClass.NpmAuth;
        }

        Span<Range> words = stackalloc Range[MaxWords];
        var count = Split(key, words);
        if (count == 0)
        {
            return KeyClass.None;
        }

        var vetoes = Vetoes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in words[..count])
        {
            if (vetoes.Contains(key[range]))
            {
                return KeyClass.None;
            }
        }

        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var qualifiers = KeyQualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        var trailing = Trailing.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = count - 1; i >= 0; i--)
        {
            var word = key[words[i]];
            var found = lookup.TryGetValue(word, out var kind)
                || (i > 0 && word.Equals("key", StringComparison.OrdinalIgnoreCase) && qualifiers.TryGetValue(key[words[i - 1]], out kind));
            if (found)
            {
                return Refine(kind, key, words[..count], i);
            }

            if (!trailing.Contains(word) && word.ContainsAnyExceptInRange('0', '9'))
            {
                return KeyClass.None;
            }
        }

        return KeyClass.None;
    }

    private static KeyClass Refine(KeyClass kind, ReadOnlySpan<char> key, ReadOnlySpan<Range> words, int at)
    {
        // "secret access key" is AWS's name; "shared access key" is Azure's (Service Bus, Event Hubs).
        var accessKey = at > 1 && key[words[at - 1]].Equals("access", StringComparison.OrdinalIgnoreCase);
        return kind switch
        {
            KeyClass.ApiKey when accessKey && key[words[at - 2]].Equals("secret", StringComparison.OrdinalIgnoreCase) => KeyClass.AwsSecretKey,
            KeyClass.ApiKey when accessKey && key[words[at - 2]].Equals("shared", StringComparison.OrdinalIgnoreCase) => KeyClass.AzureKey,
            KeyClass.Secret or KeyClass.ApiKey when Has(key, words, "aws") && Has(key, words, "secret") => KeyClass.AwsSecretKey,
            KeyClass.Token or KeyClass.Secret when Has(key, words, "twilio") => KeyClass.TwilioToken,
            _ => kind,
        };
    }

    private static bool Has(ReadOnlySpan<char> key, ReadOnlySpan<Range> words, string word)
    {
        foreach (var range in words)
        {
            if (key[range].Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Words break at punctuation, between a lower-case letter or digit and an upper-case one, before the last
    // capital of an acronym ("APIKey" -> API, Key) and between letters and digits ("token2" -> token, 2).
    private static int Split(ReadOnlySpan<char> key, Span<Range> words)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var c = i < key.Length ? key[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c);
            if (!boundary && start >= 0)
            {
                var prev = key[i - 1];
                boundary = (char.IsAsciiLetterUpper(c) && (char.IsAsciiLetterLower(prev) || char.IsAsciiDigit(prev)))
                    || (char.IsAsciiLetterUpper(c) && char.IsAsciiLetterUpper(prev) && i + 1 < key.Length && char.IsAsciiLetterLower(key[i + 1]))
                    || (char.IsAsciiDigit(c) != char.IsAsciiDigit(prev));
            }

            if (boundary && start >= 0)
            {
                if (count == words.Length)
                {
                    return 0;
                }

                words[count++] = start..i;
                start = -1;
            }

            if (char.IsAsciiLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }

        return count;
    }
}
