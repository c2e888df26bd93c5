using static Groundplan.Tests.Security.FakeSecrets;

namespace Groundplan.Tests.Security;

public sealed class TokenRuleTests
{
    public static TheoryData<string, string, string> Tokens => new()
    {
        { "aws-access-key-id", "aws-access-key-id", AwsAccessKeyId() },
        { "aws-access-key-id", "aws-access-key-id", "AS" + "IA" + Chars(Base32, 16, 40) },
        { "gcp-api-key", "gcp-api-key", GcpApiKey() },
        { "google-oauth-client-secret", "google-oauth-client-secret", GoogleOAuthSecret() },
        { "github-token", "github-token", GitHubClassic() },
        { "github-token", "github-token", "gh" + "s_" + Chars(Alnum, 36, 41) },
        { "github-token", "github-token", GitHubFineGrained() },
        { "gitlab-token", "gitlab-token", GitLab() },
        { "slack-token", "slack-token", Slack() },
        { "stripe-live-key", "stripe-key", StripeLive() },
        { "openai-api-key", "openai-api-key", OpenAiProject() },
        { "openai-api-key", "openai-api-key", OpenAiLegacy() },
        { "anthropic-api-key", "anthropic-api-key", Anthropic() },
        { "sk-api-key", "api-key", BareSk() },
        { "npm-access-token", "npm-token", Npm() },
        { "sendgrid-api-key", "sendgrid-api-key", SendGrid() },
        { "shopify-token", "shopify-token", Shopify() },
        { "linear-api-key", "linear-api-key", Linear() },
        { "1password-service-account-token", "1password-token", OnePassword() },
        { "huggingface-token", "huggingface-token", HuggingFace() },
        { "jwt", "jwt", Jwt() },
    };

    public static TheoryData<string> NearMisses => new()
    {
        "AK" + "IA" + Chars(Base32, 15, 1),                         // one character short
        "AK" + "IA" + Chars(Base32, 17, 1),                         // one too long
        "X" + AwsAccessKeyId(),                                      // inside a longer word
        "ak" + "ia" + Chars(Base32, 16, 1).ToLowerInvariant(),      // prefixes are upper case
        "AK" + "IA" + "IOSFODNN7" + "EXAMPLE",                      // AWS's documented example key
        "AK" + "IA" + new string('X', 16),                          // a mask
        "AI" + "DA" + Chars(Base32, 16, 1),                         // an IAM user id, not a credential
        "AI" + "za" + Chars(Alnum, 34, 2),
        "gh" + "p_" + Chars(Alnum, 35, 3),
        "gh" + "p_" + new string('x', 36),
        "gh" + "p_" + "abcdefghijklmnopqrstuvwxyz0123456789",         // a counting sequence
        "gh" + "x_" + Chars(Alnum, 36, 3),
        "gl" + "pat-" + Chars(Alnum, 19, 6),
        "xo" + "xb-your-bot-token",
        "xo" + "xb-" + "1234567890-1234567890-abcdefghijklmnop",
        "sk" + "_test_" + Chars(Alnum, 24, 13),                     // Stripe test keys move no money
        "pk" + "_live_" + Chars(Alnum, 24, 13),                     // publishable keys are public
        "sk" + "-proj-your-openai-key-goes-here-0000000000000000000000",
        "sk" + "-" + Chars(Alnum, 20, 14),
        "sk" + "-ant-api03-" + Chars(UrlSafe, 10, 17),
        "task" + "-" + Chars(Hex, 32, 18),                           // "sk-" inside a word
        "np" + "m_" + Chars(Alnum, 35, 19),
        "S" + "G." + "xxxxxxxx.yyyyyyyy",
        "shp" + "at_" + Chars(Hex, 31, 22),
        "h" + "f_" + "your_hugging_face_token_goes_here",
        "eyJ" + Chars(UrlSafe, 20, 31) + ".eyJ" + Chars(UrlSafe, 20, 32) + "." + Chars(UrlSafe, 20, 33), // not base64 JSON
        Jwt("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}"), // jwt.io's sample
    };

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Find_VendorToken_FindsItWithItsRuleAndKind(string ruleId, string kind, string token)
    {
        // Given a token passed to a call in code, with text on both sides
        var text = $"const client = connect(\"{token}\");\n";

        // Then exactly the token is found
        SecretAssert.FindsOnly(text, "src/app.js", ruleId, kind, token);
    }

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Find_VendorTokenInUnknownText_FindsIt(string ruleId, string kind, string token)
    {
        SecretAssert.FindsOnly($"the key is {token}, keep it safe", path: null, ruleId, kind, token);
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void Find_NearMiss_FindsNothing(string value)
    {
        SecretAssert.FindsNothing($"const client = connect(\"{value}\");\n", "src/app.js");
    }

    [Fact]
    public void Find_SlackWebhook_FindsThePathAfterTheHost()
    {
        var path = SlackWebhookPath();
        var text = "notify:\n  url: https://hooks.slack.com/services/" + path + "\n";

        SecretAssert.FindsOnly(text, "config/alerts.yml", "slack-webhook-url", "slack-webhook-url", path);
    }

    [Fact]
    public void Find_SlackDocumentationWebhook_FindsNothing()
    {
        SecretAssert.FindsNothing("https://hooks.slack.com/services/T00000000/B00000000/" + new string('X', 24), "README.md");
    }

    [Fact]
    public void Find_TokenAssignedToSecretKey_ReportsTheVendorRuleNotTheKeyName()
    {
        // Given a GitHub token under a key the assignment rule also recognises
        var token = GitHubClassic();
        var text = $"GITHUB_TOKEN={token}\n";

        // Then the specific rule wins the overlap
        SecretAssert.FindsOnly(text, ".env", "github-token", "github-token", token);
    }

    [Fact]
    public void Find_TokensInsideLockFileIntegrityHashes_FindsNothing()
    {
        // Given lock files full of base64 integrity hashes, some containing token prefixes by chance
        var hash = "sha512-" + Chars(Base64, 20, 50) + "AK" + "IA" + Chars(Base32, 16, 51) + Chars(Base64, 50, 52) + "==";
        var text = "\"node_modules/x\": {\n  \"version\": \"1.0.0\",\n  \"integrity\": \"" + hash + "\",\n  \"token\": \"" + Hex32() + "\"\n}";

        // Then nothing is reported
        SecretAssert.FindsNothing(text, "package-lock.json");
    }
}
