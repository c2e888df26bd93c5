using Groundplan.Security;

namespace Groundplan.Tests.Security;

public sealed class PlaceholdersTests
{
    [Theory]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("$DB_PASSWORD")]
    [InlineData("%DB_PASSWORD%")]
    [InlineData("{{ db_password }}")]
    [InlineData("<password>")]
    [InlineData("[PASSWORD]")]
    [InlineData("process.env.DB_PASSWORD")]
    [InlineData("os.environ['X']")]
    [InlineData("ENV['X']")]
    [InlineData("#{db_password}")]
    [InlineData("")]
    public void IsReference_VariableOrTemplate_ReturnsTrue(string value)
    {
        Assert.True(Placeholders.IsReference(value));
    }

    [Theory]
    [InlineData("changeme")]
    [InlineData("xxxx-xxxx")]
    [InlineData("********")]
    [InlineData("your-key-here")]
    [InlineData("EXAMPLEKEY123")]
    [InlineData("null")]
    [InlineData("Admin")]
    [InlineData("bm90IG15IHJlYWwgcGFzc3dvcmQ=")] // base64 of "not my real password"
    public void IsPlaceholder_StandIn_ReturnsTrue(string value)
    {
        Assert.True(Placeholders.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("Tr0ub4dor&3x")]
    [InlineData("k9Qz2LmX8vB4nR7t")]
    public void IsPlaceholder_RealLookingValue_ReturnsFalse(string value)
    {
        Assert.False(Placeholders.IsPlaceholder(value));
    }
}
