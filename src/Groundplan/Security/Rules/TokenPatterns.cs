using System.Text.RegularExpressions;

namespace Groundplan.Security.Rules;

/// <summary>The shapes of vendor tokens. Each starts with \G: the scanner runs it only where its prefix was found.</summary>
/// <remarks>
/// Every quantifier is bounded and no two adjacent parts can match the same text, so a match attempt is linear;
/// the timeout only guards against a future edit breaking that.
/// </remarks>
internal static partial class TokenPatterns
{
    public const int TimeoutMs = 250;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Key ids are base32: the 16 characters after the prefix come from A-Z and 2-7.
    [GeneratedRegex(@"\G(?<![A-Za-z0-9/+])(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|A3T[A-Z0-9])[A-Z2-7]{16}(?![A-Za-z0-9/+=])", Options, TimeoutMs)]
    public static partial Regex AwsAccessKeyId();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex GcpApiKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{82,251})(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex GitHubToken();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])gl(?:pat|ptt|dt|rt|ft|imt|soat|cbt)-[A-Za-z0-9_\-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex GitLabToken();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])(?:xox[abposre]|xapp)-[0-9A-Za-z]{1,40}(?:-[0-9A-Za-z]{1,64}){1,5}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex SlackToken();

    [GeneratedRegex(@"\Ghooks\.slack\.com/(?:services|workflows|triggers)/(?<v>[A-Za-z0-9_/\-]{20,200})", Options, TimeoutMs)]
    public static partial Regex SlackWebhook();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{20,247}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex StripeLiveKey();

    // "T3BlbkFJ" is base64 for "OpenAI": legacy keys carry it in the middle; project and service keys have their own prefix.
    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{40,250}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex OpenAiKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])sk-ant-(?:api|admin|oat|sid)[0-9]{2}-[A-Za-z0-9_\-]{32,200}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex AnthropicKey();

    // Other OpenAI-compatible providers (DeepSeek, Moonshot, ...) use bare "sk-" + 32 to 64 letters and digits.
    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])sk-[A-Za-z0-9]{32,64}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex BareSkKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex NpmToken();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-.])SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex SendGridKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])SK[0-9a-f]{32}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex TwilioApiKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex ShopifyToken();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])lin_api_[A-Za-z0-9]{40}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex LinearKey();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])ops_eyJ[A-Za-z0-9+/]{100,1280}={0,2}(?![A-Za-z0-9+/=])", Options, TimeoutMs)]
    public static partial Regex OnePasswordToken();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])GOCSPX-[A-Za-z0-9_\-]{28}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex GoogleOAuthSecret();

    [GeneratedRegex(@"\G(?<![A-Za-z0-9_])hf_[A-Za-z]{34}(?![A-Za-z0-9_])", Options, TimeoutMs)]
    public static partial Regex HuggingFaceToken();

    // Header and payload are base64url JSON objects, so both start with "eyJ" ('{"').
    [GeneratedRegex(@"\G(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{8,4096}\.eyJ[A-Za-z0-9_\-]{8,16384}\.[A-Za-z0-9_\-]{16,4096}(?![A-Za-z0-9_\-])", Options, TimeoutMs)]
    public static partial Regex Jwt();
}
