using Groundplan.Security.Rules;

namespace Groundplan.Tests.Security.Rules;

public sealed class KeyNamesTests
{
    [Theory]
    [InlineData("password", "Password")]
    [InlineData("DB_PASSWORD", "Password")]
    [InlineData("smtpPass", "Password")]
    [InlineData("spring.datasource.password", "Password")]
    [InlineData("password2", "Password")]
    [InlineData("client_secret", "Secret")]
    [InlineData("SECRET_KEY_BASE", "Secret")]
    [InlineData("signingKey", "Secret")]
    [InlineData("access_token", "Token")]
    [InlineData("GITHUB_TOKEN", "Token")]
    [InlineData("apiKey", "ApiKey")]
    [InlineData("X-API-KEY", "ApiKey")]
    [InlineData("APIKey", "ApiKey")]
    [InlineData("aws_secret_access_key", "AwsSecretKey")]
    [InlineData("AWSSecretAccessKey", "AwsSecretKey")]
    [InlineData("AWS_SECRET_KEY", "AwsSecretKey")]
    [InlineData("AccountKey", "AzureKey")]
    [InlineData("SharedAccessKey", "AzureKey")]
    [InlineData("TWILIO_AUTH_TOKEN", "TwilioToken")]
    [InlineData("_authToken", "NpmAuth")]
    [InlineData("_auth", "NpmAuth")]
    public void Classify_SecretKeyName_ReturnsItsClass(string key, string expected)
    {
        Assert.Equal(Enum.Parse<KeyClass>(expected), KeyNames.Classify(key));
    }

    [Theory]
    [InlineData("token_url")]
    [InlineData("tokenType")]
    [InlineData("passwordMinLength")]
    [InlineData("password_confirmation")]
    [InlineData("api_key_id")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("PublicKeyToken")]
    [InlineData("publishable_key")]
    [InlineData("tokenizer")]
    [InlineData("max_tokens")]
    [InlineData("bypass")]
    [InlineData("secretName")]
    [InlineData("key")]
    [InlineData("")]
    public void Classify_OtherKeyName_ReturnsNone(string key)
    {
        Assert.Equal(KeyClass.None, KeyNames.Classify(key));
    }
}
