namespace Groundplan.Tests.Recon.Detectors.Common;

public sealed class ConventionDetectorsTests
{
    [Fact]
    public void Detect_MixedFileNameCase_SaysMixedWithShares()
    {
        // Given JavaScript files named half one way and half another
        using var dir = new TempDirectory();
        foreach (var name in (string[])["user-list.js", "order-form.js", "UserCard.js", "OrderCard.js", "index.js"])
        {
            dir.Write("src/" + name, "export {};\n");
        }

        // When naming is detected
        var fact = Assert.Single(CommonFacts.Facts(dir.Path), f => f.Topic == "naming");

        // Then no convention is claimed: the shares are given, with an example of each
        Assert.Equal("mixed: PascalCase 2 (50%), kebab-case 2 (50%)", fact.Value);
        Assert.Equal(["src/OrderCard.js", "src/order-form.js"], fact.Evidence.Select(e => e.Path));
    }

    [Fact]
    public void Detect_VersionFilesHuskyAndStrictBuild_ReportsEach()
    {
        // Given version pins, a husky hook and a .NET build that treats warnings as errors
        using var dir = new TempDirectory();
        dir.Write(".tool-versions", "# pinned\nnodejs 22.3.0\nruby 3.3.1\n");
        dir.Write("global.json", "{\n  \"sdk\": {\n    \"version\": \"9.0.100\"\n  }\n}\n");
        dir.Write(".husky/pre-commit", "npx lint-staged\n");
        dir.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>\n</Project>\n");

        // When recon runs
        var lines = CommonFacts.Lines(CommonFacts.Facts(dir.Path));

        // Then each is a fact on its own line
        Assert.Equal(
            "language | .NET SDK | 9.0.100 | Found | global.json:3\n" +
            "language | node | 22.3.0 | Found | .tool-versions:2\n" +
            "language | ruby | 3.3.1 | Found | .tool-versions:3\n" +
            "lint | dotnet analyzers | TreatWarningsAsErrors in Directory.Build.props | Found | Directory.Build.props:3\n" +
            "lint | husky pre-commit | npx lint-staged | Found | .husky/pre-commit:1\n",
            lines);
    }
}
