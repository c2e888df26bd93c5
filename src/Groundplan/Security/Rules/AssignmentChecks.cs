using System.Buffers;

namespace Groundplan.Security.Rules;

/// <summary>Decides whether the value assigned to a secret-looking key is a secret, and of which kind.</summary>
internal static class AssignmentChecks
{
    public const string PasswordRuleId = "password-assignment";
    public const string SecretRuleId = "secret-assignment";

    private const int MinPassword = 6;
    private const int MaxPassword = 128;
    private const int MinToken = 12;
    private const int AwsSecretLength = 40;
    private const int MinAzureKey = 40;

    private static readonly SearchValues<char> Letters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> WordJoiners = SearchValues.Create("-_. ");

    private static readonly SearchValues<char> LettersAndJoiners =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_. ");

    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=");

    /// <summary>The rule id and kind for <paramref name="value"/> under a key of class <paramref name="key"/>, or null.</summary>
    public static (string RuleId, string Kind)? Judge(KeyClass key, ReadOnlySpan<char> value) => key switch
    {
        KeyClass.Password => IsPassword(value) ? (PasswordRuleId, "password") : null,
        KeyClass.Secret => IsToken(value) ? (SecretRuleId, "secret") : null,
        KeyClass.Token => IsToken(value) ? (SecretRuleId, "token") : null,
        KeyClass.ApiKey => IsToken(value) ? (SecretRuleId, "api-key") : null,
        KeyClass.AwsSecretKey when value.Length == AwsSecretLength && IsBase64(value) && SecretValues.LooksRandom(value)
            => ("aws-secret-access-key", "aws-secret-access-key"),
        KeyClass.AzureKey when value.Length >= MinAzureKey && IsBase64(value) && SecretValues.LooksRandom(value)
            => PublicExampleValues.Contains(value) ? null : ("azure-storage-key", "azure-storage-key"),
        KeyClass.NpmAuth => IsToken(value) ? ("npmrc-auth", "npm-token") : null,
        KeyClass.TwilioToken => IsToken(value) ? ("twilio-auth-token", "twilio-auth-token") : null,
        KeyClass.AwsSecretKey or KeyClass.AzureKey => Judge(KeyClass.Secret, value),
        _ => null,
    };

    // Passwords are chosen by people, so randomness is not required; letters with a digit or symbol are, which
    // keeps out prose and translations ("password": "Passwort") while catching "hunter2!".
    private static bool IsPassword(ReadOnlySpan<char> value)
    {
        if (value.Length is < MinPassword or > MaxPassword || !SecretValues.IsPrintableAscii(value) || IsNotAValue(value)
            || SecretValues.HasSequence(value, 6) || SecretValues.HasRun(value, 4))
        {
            return false;
        }

        // Words joined by '-', '_', '.' or spaces ("long-enough", "not_set") are phrases and identifiers that
        // tests and docs use as sample values; people's committed passwords carry a digit or another symbol.
        if (value.ContainsAny(WordJoiners) && !value.ContainsAnyExcept(LettersAndJoiners))
        {
            return false;
        }

        var letter = value.ContainsAnyInRange('a', 'z') || value.ContainsAnyInRange('A', 'Z');
        var digitOrSymbol = value.ContainsAnyExcept(Letters);
        return (letter && digitOrSymbol) || (value.Length >= 12 && SecretValues.Entropy(value) >= 3.0);
    }

    // Tokens, API keys and secrets are made by machines: long, random-looking, and nearly always with a digit.
    private static bool IsToken(ReadOnlySpan<char> value)
    {
        if (!SecretValues.LooksRandom(value, MinToken) || IsNotAValue(value))
        {
            return false;
        }

        var digit = value.ContainsAnyInRange('0', '9');
        var mixedCase = value.ContainsAnyInRange('a', 'z') && value.ContainsAnyInRange('A', 'Z');
        return digit || (value.Length >= 20 && mixedCase);
    }

    private static bool IsNotAValue(ReadOnlySpan<char> value) =>
        Placeholders.IsPlaceholder(value) || SecretValues.LooksLikePath(value) || SecretValues.IsDottedName(value);

    private static bool IsBase64(ReadOnlySpan<char> value) => !value.ContainsAnyExcept(Base64);
}
