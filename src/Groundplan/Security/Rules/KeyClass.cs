namespace Groundplan.Security.Rules;

/// <summary>What a configuration key's name says its value is.</summary>
internal enum KeyClass
{
    None,
    Password,
    Secret,
    Token,
    ApiKey,
    AwsSecretKey,
    AzureKey,
    NpmAuth,
    TwilioToken,
}
