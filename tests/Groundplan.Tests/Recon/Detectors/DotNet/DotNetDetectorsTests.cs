using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Tests.Recon.Detectors.Go;

namespace Groundplan.Tests.Recon.Detectors.DotNet;

public sealed class DotNetDetectorsTests
{
    private static ReconFact[] DotNetFacts(string path) =>
        new ReconEngine().Run(new CodebaseLoader().Load(path)).Facts.Where(f => ReconFactText.IsFrom(f, "dotnet.")).ToArray();

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

    [Fact]
    public void Detect_KavitaLikeSolution_KeepsTestsAndBenchmarksOutOfTheAppAndReadsStartupMigrationAndCiTestCommand()
    {
        // Given a web API that migrates at startup, a test project with the InMemory provider and service-named folders,
        // a BenchmarkDotNet console project with a Data/ folder of sample text, and CI that runs the tests
        using var dir = new TempDirectory();
        dir.Write("API/API.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n"
            + "    <PackageReference Include=\"Microsoft.EntityFrameworkCore.Design\" Version=\"7.0.3\" />\n"
            + "    <PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"7.0.3\" />\n  </ItemGroup>\n</Project>\n");
        dir.Write("API/Program.cs", "public class Program\n{\n    public static async Task Main(string[] args)\n    {\n"
            + "        var context = services.GetRequiredService<DataContext>();\n        await context.Database.MigrateAsync();\n    }\n}\n");
        dir.Write("API/Data/DataContext.cs", "public sealed class DataContext : DbContext\n{\n}\n");
        dir.Write("API/Services/ArchiveService.cs", "public class ArchiveService\n{\n}\n");
        dir.Write("API.Tests/API.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <ItemGroup>\n"
            + "    <PackageReference Include=\"Microsoft.EntityFrameworkCore.InMemory\" Version=\"7.0.3\" />\n"
            + "    <PackageReference Include=\"Microsoft.NET.Test.Sdk\" Version=\"17.5.0\" />\n"
            + "    <PackageReference Include=\"xunit\" Version=\"2.4.2\" />\n  </ItemGroup>\n</Project>\n");
        dir.Write("API.Tests/Services/ArchiveServiceTests.cs", "public class ArchiveServiceTests\n{\n}\n");
        dir.Write("API.Tests/Entities/ComicInfoTests.cs", "public class ComicInfoTests\n{\n}\n");
        dir.Write("API.Benchmark/API.Benchmark.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n\n    <PropertyGroup>\n"
            + "        <TargetFramework>net7.0</TargetFramework>\n        <OutputType>Exe</OutputType>\n    </PropertyGroup>\n\n"
            + "    <ItemGroup>\n      <PackageReference Include=\"BenchmarkDotNet\" Version=\"0.13.5\" />\n    </ItemGroup>\n</Project>\n");
        dir.Write("API.Benchmark/Data/Comics.txt", "Batman\nSuperman\n");
        dir.Write(".github/workflows/sonar-scan.yml", "name: .NET\njobs:\n  build:\n    steps:\n      - name: Restore dependencies\n"
            + "        run: dotnet restore\n      - name: Test\n        run: dotnet test --no-restore --verbosity normal\n");

        // When recon runs
        var actual = FactLines.Of(DotNetFacts(dir.Path).Where(f => f.Topic is ReconTopic.Workspace or ReconTopic.DirectoryRole
            or ReconTopic.DataLayer or ReconTopic.MigrationCommand or ReconTopic.TestCommand));

        // Then the benchmark is a console app, test and benchmark folders have no app roles, the test-only provider is
        // not the app's, migrations are applied at startup, and the test command is the workflow's
        Assert.Equal(
        [
            "data-layer | EF Core | 7.0.3 | Found | API/API.csproj:3",
            "data-layer | Microsoft.EntityFrameworkCore.Sqlite | EF Core provider | Found | API/API.csproj:4",
            "directory-role | API/Data/ | EF Core DbContext and data access | Found | API/Data/DataContext.cs:1",
            "directory-role | API/Services/ | application services | Found | API/Services/ArchiveService.cs:1",
            "migration-command | apply | applied at startup by Database.MigrateAsync | Found | API/Program.cs:6",
            "migration-command | create | dotnet ef migrations add <Name> | FrameworkDefault | API/Data/DataContext.cs:1",
            "test-command | dotnet | dotnet test --no-restore --verbosity normal | Found | .github/workflows/sonar-scan.yml:8",
            "workspace | API.Benchmark/ | console app (BenchmarkDotNet benchmarks) | Found | API.Benchmark/API.Benchmark.csproj:1",
            "workspace | API.Tests/ | tests | Found | API.Tests/API.Tests.csproj:1",
            "workspace | API/ | web app (ASP.NET Core) | Found | API/API.csproj:1",
        ], actual);
    }
}
