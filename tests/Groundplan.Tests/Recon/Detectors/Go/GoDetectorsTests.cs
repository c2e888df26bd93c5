using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon.Detectors.Go;

public sealed class GoDetectorsTests
{
    private static ReconFact[] GoFacts(string path) =>
        new ReconEngine().Run(new CodebaseLoader().Load(path)).Facts.Where(f => f.Detector.Split(",").Any(d => d.StartsWith("go.", StringComparison.Ordinal))).ToArray();

    [Fact]
    public void Detect_GoServiceFixture_ReportsTheFullExpectedFacts()
    {
        // Given the chi + sqlc + golang-migrate fixture
        var path = Path.Combine(TestPaths.Fixtures, "recon", "go-service");

        // When recon runs
        var actual = FactLines.Of(GoFacts(path));

        // Then every Go fact, with its evidence, is the committed expectation
        Assert.Equal(FactLines.Expected("Go/go-service.expected.txt", actual), actual);
    }

    [Fact]
    public void Detect_NextJsSample_ReportsNothing()
    {
        var facts = GoFacts(Path.Combine(TestPaths.Samples, "inkwell"));

        Assert.Empty(facts);
    }

    [Fact]
    public void Detect_GinGormGooseWithoutScripts_ModelsRelationsAndFlaggedDefaultCommands()
    {
        // Given a gin + GORM service with goose migrations and no Makefile, README or justfile
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/shop\n\ngo 1.23\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgorm.io/gorm v1.25.10\n\tgithub.com/pressly/goose/v3 v3.20.0\n)\n");
        dir.Write("main.go", "package main\n\nimport \"github.com/gin-gonic/gin\"\n\nfunc main() {\n\tr := gin.Default()\n\tr.GET(\"/orders\", listOrders)\n\tdb.AutoMigrate(&User{}, &Order{})\n}\n");
        dir.Write("models/models.go", "package models\n\ntype User struct {\n\tgorm.Model\n\tEmail  string `gorm:\"uniqueIndex\"`\n\tOrders []Order\n}\n\ntype Order struct {\n\tID     uint `gorm:\"primaryKey\"`\n\tUserID uint\n\tUser   *User\n}\n");
        dir.Write("migrations/20240101_init.sql", "-- +goose Up\nCREATE TABLE users (id serial primary key);\n");

        // When recon runs
        var actual = FactLines.Of(GoFacts(dir.Path).Where(f => f.Topic is ReconTopic.Model or ReconTopic.MigrationCommand or ReconTopic.Migrations
            or ReconTopic.Routing or ReconTopic.TestCommand or ReconTopic.EntryPoint));

        // Then models carry fields and relations, and the commands nobody documented are flagged framework defaults
        Assert.Equal(
        [
            "entry-point | main.go | Go main: root package | Found | main.go:5",
            "migration-command | apply | goose -dir migrations <driver> \"$DATABASE_URL\" up | FrameworkDefault | migrations/20240101_init.sql:1",
            "migration-command | create | goose -dir migrations create <name> sql | FrameworkDefault | migrations/20240101_init.sql:1",
            "migrations | gorm AutoMigrate | schema migrated from the models at startup | Found | main.go:8",
            "migrations | migrations/ | goose migrations | Found | migrations/20240101_init.sql:1",
            "model | Order | fields: ID, UserID; relations: User -> User | Found | models/models.go:9",
            "model | User | fields: gorm.Model, Email; relations: Orders -> []Order | Found | models/models.go:3",
            "routing | gin | gin router: 1 route registrations | Found | main.go:7",
            "test-command | go | go test ./... | FrameworkDefault | go.mod:1",
        ], actual);
    }
}
