using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Tests.Recon.Detectors.Go;

namespace Groundplan.Tests.Recon.Detectors.DotNet;

public sealed class DotNetDetectorsTests
{
    private static ReconFact[] DotNetFacts(string path) =>
        new ReconEngine().Run(new CodebaseLoader().Load(path)).Facts.Where(f => f.Detector.Split(",").Any(d => d.StartsWith("dotnet.", StringComparison.Ordinal))).ToArray();

    [Fact]
    public void Detect_AspNetAppFixture_ReportsTheFullExpectedFacts()
    {
        // Given the minimal API + controllers + EF Core fixture with a test project
        var path = Path.Combine(TestPaths.Fixtures, "recon", "aspnet-app");

        // When recon runs
        var actual = FactLines.Of(DotNetFacts(path));

        // Then every .NET fact, with its evidence, is the committed expectation
        Assert.Equal(FactLines.Expected("DotNet/aspnet-app.expected.txt", actual), actual);
    }

    [Fact]
    public void Detect_NextJsSample_ReportsNothing()
    {
        Assert.Empty(DotNetFacts(Path.Combine(TestPaths.Samples, "inkwell")));
    }

    [Fact]
    public void Detect_RazorPagesWithUndocumentedMigrations_FlagsTheStandardEfCommands()
    {
        // Given a Razor Pages app with an EF Core DbContext and no README, Makefile or justfile
        using var dir = new TempDirectory();
        dir.Write("Web/Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"9.0.0\" />\n  </ItemGroup>\n</Project>\n");
        dir.Write("Web/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRazorPages();\n");
        dir.Write("Web/Data/AppDb.cs", "public class AppDb : DbContext\n{\n    public DbSet<Todo> Todos { get; set; }\n}\n");

        // When recon runs
        var actual = FactLines.Of(DotNetFacts(dir.Path).Where(f => f.Topic is ReconTopic.MigrationCommand or ReconTopic.Routing or ReconTopic.Model));

        // Then the commands are the framework's, flagged, and a DbSet whose class is not shown is still a model
        Assert.Equal(
        [
            "migration-command | apply | dotnet ef database update | FrameworkDefault | Web/Data/AppDb.cs:1",
            "migration-command | create | dotnet ef migrations add <Name> | FrameworkDefault | Web/Data/AppDb.cs:1",
            "model | Todo | DbSet Todos | Found | Web/Data/AppDb.cs:3",
            "routing | razor pages | Razor Pages (Pages/*.cshtml with PageModel) | Found | Web/Program.cs:2",
        ], actual);
    }
}
