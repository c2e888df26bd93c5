namespace Groundplan.Security.Rules;

/// <summary>The built-in rules: secretlint's recommended preset (as repomix runs it) and a few more vendors.</summary>
internal static class SecretRules
{
    public static IReadOnlyList<ISecretRule> Default { get; } =
    [
        new PrivateKeyRule(),

        // AKIA: long-term access key; ASIA: temporary (STS) key; ABIA, ACCA: bearer and context keys; A3T: early keys.
        // AIDA, AROA, ANPA and the like are ids of users, roles and policies, not credentials, so they stay out.
        // AWS's documented example (AKIA...EXAMPLE, and its secret ending EXAMPLEKEY) is not reported: it opens no
        // account, fills SDK docs and tests, and a real random id ends in "EXAMPLE" with odds of 32^-7.
        Token("aws-access-key-id", "aws-access-key-id", TokenPatterns.AwsAccessKeyId(), "AKIA", "ASIA", "ABIA", "ACCA", "A3T"),
        Token("gcp-api-key", "gcp-api-key", TokenPatterns.GcpApiKey(), "AIza"),
        Token("google-oauth-client-secret", "google-oauth-client-secret", TokenPatterns.GoogleOAuthSecret(), "GOCSPX-"),
        new TokenRule("github-token", "github-token", TokenPatterns.GitHubToken(),
            [new("ghp_"), new("gho_"), new("ghu_"), new("ghs_"), new("ghr_"), new("ub_pat_", Offset: 4)]),
        Token("gitlab-token", "gitlab-token", TokenPatterns.GitLabToken(), "glpat-", "glptt-", "gldt-", "glrt-", "glft-", "glimt-", "glsoat-", "glcbt-"),
        new TokenRule("slack-token", "slack-token", TokenPatterns.SlackToken(), [new("xox"), new("xapp-")],
            value => value.Length >= 24 && SecretValues.LooksRandom(value)),
        new TokenRule("slack-webhook-url", "slack-webhook-url", TokenPatterns.SlackWebhook(), [new(".slack.com/", Offset: 5)]),
        new TokenRule("stripe-live-key", "stripe-key", TokenPatterns.StripeLiveKey(), [new("k_live_", Offset: 1)]),
        Token("anthropic-api-key", "anthropic-api-key", TokenPatterns.AnthropicKey(), "sk-ant-"),
        Token("openai-api-key", "openai-api-key", TokenPatterns.OpenAiKey(), "sk-"),
        new TokenRule("sk-api-key", "api-key", TokenPatterns.BareSkKey(), [new("sk-")], HasLettersAndDigits),
        new TokenRule("npm-access-token", "npm-token", TokenPatterns.NpmToken(), [new("pm_", Offset: 1)]),
        Token("sendgrid-api-key", "sendgrid-api-key", TokenPatterns.SendGridKey(), "SG."),
        Token("shopify-token", "shopify-token", TokenPatterns.ShopifyToken(), "shp"),
        new TokenRule("linear-api-key", "linear-api-key", TokenPatterns.LinearKey(), [new("n_api_", Offset: 2)]),
        new TokenRule("1password-service-account-token", "1password-token", TokenPatterns.OnePasswordToken(), [new("_eyJ", Offset: 3)]),
        Token("huggingface-token", "huggingface-token", TokenPatterns.HuggingFaceToken(), "hf_"),
        new TokenRule("jwt", "jwt", TokenPatterns.Jwt(), [new("eyJ")], JwtCheck.LooksReal),
        new UrlCredentialsRule(),
        new AssignmentRule(),
    ];

    private static TokenRule Token(string id, string kind, System.Text.RegularExpressions.Regex pattern, params string[] prefixes) =>
        new(id, kind, pattern, [.. prefixes.Select(prefix => new SecretAnchor(prefix))]);

    private static bool HasLettersAndDigits(string value) =>
        SecretValues.LooksRandom(value) && value.AsSpan(3).ContainsAnyInRange('0', '9')
        && (value.AsSpan(3).ContainsAnyInRange('a', 'z') || value.AsSpan(3).ContainsAnyInRange('A', 'Z'));
}
