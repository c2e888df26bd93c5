using System.Buffers.Text;
using System.Text;

namespace Groundplan.Tests.Security;

/// <summary>
/// Fake secrets for tests, built at run time from parts and a seeded generator, so the repository never holds a
/// credential-shaped literal (and no scanner run over it finds one).
/// </summary>
internal static class FakeSecrets
{
    public const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string Lower = "abcdefghijklmnopqrstuvwxyz";
    public const string Digits = "0123456789";
    public const string Alnum = Upper + Lower + Digits;
    public const string Hex = "0123456789abcdef";
    public const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const string Base64 = Alnum + "+/";
    public const string UrlSafe = Alnum + "-_";

    /// <summary><paramref name="length"/> random characters of <paramref name="alphabet"/>, the same for the same seed,
    /// holding a digit when the alphabet has digits (as real tokens nearly always do).</summary>
    public static string Chars(string alphabet, int length, int seed = 1)
    {
        var random = new Random(seed);
        while (true)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (!alphabet.AsSpan().ContainsAnyInRange('0', '9') || text.AsSpan().ContainsAnyInRange('0', '9'))
            {
                return text;
            }
        }
    }

    /// <summary>A password a person might choose: letters, digits and a symbol, not random.</summary>
    public static string HumanPassword() => "Tr0ub4" + "dor&3x";

    public static string AwsAccessKeyId(int seed = 1) => "AK" + "IA" + Chars(Base32, 16, seed);

    public static string AwsSecretKey(int seed = 2) => Chars(Base64, 40, seed);

    public static string GitHubClassic(int seed = 3) => "gh" + "p_" + Chars(Alnum, 36, seed);

    public static string GitHubFineGrained() => "github" + "_pat_" + Chars(Alnum, 22, 4) + "_" + Chars(Alnum, 59, 5);

    public static string GitLab() => "gl" + "pat-" + Chars(Alnum, 20, 6);

    public static string Slack() => "xo" + "xb-" + Chars(Digits, 11, 7) + "-" + Chars(Digits, 12, 8) + "-" + Chars(Alnum, 24, 9);

    public static string SlackWebhookPath() => "T" + Chars(Upper + Digits, 8, 10) + "/B" + Chars(Upper + Digits, 10, 11) + "/" + Chars(Alnum, 24, 12);

    public static string StripeLive() => "sk" + "_live_" + Chars(Alnum, 24, 13);

    public static string OpenAiProject() => "sk" + "-proj-" + Chars(Alnum, 48, 14);

    public static string OpenAiLegacy() => "sk" + "-" + Chars(Alnum, 20, 15) + "T3Blbk" + "FJ" + Chars(Alnum, 20, 16);

    public static string Anthropic() => "sk" + "-ant-api03-" + Chars(UrlSafe, 93, 17) + "AA";

    public static string BareSk() => "sk" + "-" + Chars(Hex, 32, 18);

    public static string Npm() => "np" + "m_" + Chars(Alnum, 36, 19);

    public static string SendGrid() => "S" + "G." + Chars(Alnum, 22, 20) + "." + Chars(Alnum, 43, 21);

    public static string Shopify() => "shp" + "at_" + Chars(Hex, 32, 22);

    public static string Linear() => "lin" + "_api_" + Chars(Alnum, 40, 23);

    public static string OnePassword() => "ops" + "_eyJ" + Chars(Alnum, 120, 24);

    public static string GcpApiKey() => "AI" + "za" + Chars(Alnum, 35, 25);

    public static string GoogleOAuthSecret() => "GOC" + "SPX-" + Chars(Alnum, 28, 26);

    public static string HuggingFace() => "h" + "f_" + Chars(Upper + Lower, 34, 27);

    public static string AzureAccountKey() => Chars(Base64, 86, 28) + "==";

    public static string Hex32(int seed = 29) => Chars(Hex, 32, seed);

    /// <summary>A JWT with a real-looking header and payload and a random signature.</summary>
    public static string Jwt(string payload = "{\"sub\":\"fake-user-42\",\"iat\":1700000000}") =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")) + "."
        + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + Chars(UrlSafe, 43, 30);

    /// <summary>A PEM private key block: armor lines around <paramref name="lines"/> lines of 64 base64 characters.</summary>
    public static string PemBlock(string type = "RSA ", int lines = 8, string newline = "\n")
    {
        var body = string.Join(newline, Enumerable.Range(0, lines).Select(i => Chars(Base64, 64, 100 + i)));
        return "-----" + "BEGIN " + type + "PRIVATE KEY-----" + newline + body + newline + "-----END " + type + "PRIVATE KEY-----";
    }

    /// <summary>The base64 body of <see cref="PemBlock"/>, joined by <paramref name="newline"/>.</summary>
    public static string PemBody(int lines = 8, string newline = "\n") =>
        string.Join(newline, Enumerable.Range(0, lines).Select(i => Chars(Base64, 64, 100 + i)));
}
