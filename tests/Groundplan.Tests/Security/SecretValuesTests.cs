using Groundplan.Security;

namespace Groundplan.Tests.Security;

public sealed class SecretValuesTests
{
    [Theory]
    [InlineData("k9Qz2LmX8vB4nR7tW3yH", true)]
    [InlineData("aaaaaaaaaaaaaaaaaaaa", false)]
    [InlineData("abcdefghij0123456789", false)]
    [InlineData("k9Qz2LmXXXXXnR7tW3yH", false)]
    [InlineData("k9Qz2Lm", false)]
    [InlineData("k9Qz2Lm X8vB4nR7tW3yH", false)]
    [InlineData("ababababababababab12", false)]
    public void LooksRandom_Value_JudgesRandomness(string value, bool expected)
    {
        Assert.Equal(expected, SecretValues.LooksRandom(value));
    }

    [Fact]
    public void Entropy_KnownStrings_MatchesShannon()
    {
        Assert.Equal(0.0, SecretValues.Entropy("aaaa"), 6);
        Assert.Equal(1.0, SecretValues.Entropy("abab"), 6);
        Assert.Equal(4.0, SecretValues.Entropy("0123456789abcdef"), 6);
    }

    [Theory]
    [InlineData("/run/secrets/db", true)]
    [InlineData("C:\\secrets\\db.txt", true)]
    [InlineData("https://vault.acme.io/x", true)]
    [InlineData("k9/Qz+2Lm==", false)]
    public void LooksLikePath_Value_TellsPathsFromBase64(string value, bool expected)
    {
        Assert.Equal(expected, SecretValues.LooksLikePath(value));
    }

    [Theory]
    [InlineData("this.token", true)]
    [InlineData("settings.Secret", true)]
    [InlineData("k9.Qz2", true)]
    [InlineData("Tr0ub4dor&3.x", false)]
    [InlineData("1.2.3", false)]
    [InlineData("plain", false)]
    public void IsDottedName_Value_DetectsMemberAccess(string value, bool expected)
    {
        Assert.Equal(expected, SecretValues.IsDottedName(value));
    }
}
