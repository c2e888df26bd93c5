using Groundplan.Security;

namespace Groundplan.Tests.Security;

public sealed class FileFlavorsTests
{
    [Theory]
    [InlineData(null, "Unknown")]
    [InlineData("README.md", "Unknown")]
    [InlineData(".env", "Config")]
    [InlineData("deploy/.env.production", "Config")]
    [InlineData("config/app.yml", "Config")]
    [InlineData("Dockerfile", "Config")]
    [InlineData(".npmrc", "Config")]
    [InlineData("src/app.ts", "Code")]
    [InlineData("appsettings.json", "Code")]
    [InlineData("dist/app.js.map", "Code")]
    [InlineData("package-lock.json", "Lock")]
    [InlineData("web/yarn.lock", "Lock")]
    [InlineData("go.sum", "Lock")]
    public void FromPath_Path_ReturnsFlavor(string? path, string expected)
    {
        Assert.Equal(Enum.Parse<FileFlavor>(expected), FileFlavors.FromPath(path));
    }
}
