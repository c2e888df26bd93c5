using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;

namespace Groundplan.Tests.Recon.Detectors.Go;

public sealed class GoDetectorsTests
{
    private static ReconFact[] GoFacts(string path) =>
        new ReconEngine().Run(new CodebaseLoader().Load(path)).Facts.Where(f => ReconFactText.IsFrom(f, "go.")).ToArray();

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
    public void Detect_MainCallsStoreMigrate_ReportsMigrationsAppliedAtStartup()
    {
        // Given a memos-like service whose main package migrates through its store (no migration tool, no script)
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/notes\n\ngo 1.22\n");
        dir.Write("store/migrator.go", "package store\n\nimport \"context\"\n\nfunc (s *Store) Migrate(ctx context.Context) error { return nil }\n");
        dir.Write("cmd/notes/main.go", "package main\n\nfunc main() {\n\tstoreInstance := store.New()\n\tif err := storeInstance.Migrate(ctx); err != nil {\n\t\treturn\n\t}\n}\n");

        // When recon runs
        var facts = GoFacts(dir.Path);

        // Then the apply step is the startup call, cited where it happens (the method's own definition is not a call)
        var apply = Assert.Single(facts, f => f.Topic == ReconTopic.MigrationCommand);
        Assert.Equal(("apply", "applied at startup by storeInstance.Migrate", FactStatus.Found), (apply.Name, apply.Value, apply.Status));
        Assert.Equal(new Evidence("cmd/notes/main.go", 5, "if err := storeInstance.Migrate(ctx); err != nil {"), Assert.Single(apply.Evidence));
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

    [Fact]
    public void Detect_MemosLikeLayout_SkipsProtobufStoresNamesTheFrontendAndDocumentedTestCommand()
    {
        // Given one module with a store package, protobuf definitions and generated code named store, a Vite app in web/,
        // an httptest stub server in a unit test and an AGENTS.md that documents the test command
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module github.com/usememos/memos\n\ngo 1.26.2\n");
        dir.Write("store/memo.go", "package store\n\ntype Memo struct{ ID int32 }\n");
        dir.Write("proto/store/memo.proto", "syntax = \"proto3\";\n\npackage memos.store;\n");
        dir.Write("proto/gen/store/memo.pb.go", "// Code generated by protoc-gen-go. DO NOT EDIT.\n\npackage store\n");
        dir.Write("web/package.json", "{\n  \"name\": \"memos\",\n  \"private\": true\n}\n");
        dir.Write("web/src/main.tsx", "import React from \"react\";\n");
        dir.Write("internal/ai/gemini_test.go", "package ai\n\nimport (\n\t\"net/http/httptest\"\n\t\"testing\"\n)\n\n"
            + "func TestTranscribe(t *testing.T) {\n\tserver := httptest.NewServer(nil)\n\tdefer server.Close()\n}\n");
        dir.Write("AGENTS.md", "## Commands\n\n```bash\n# Backend\ngo run ./cmd/memos --port 8081    # Start backend dev server\n"
            + "go test ./...                      # Run all Go tests\n```\n");

        // When recon runs
        var actual = FactLines.Of(GoFacts(dir.Path).Where(f => f.Topic is ReconTopic.DirectoryRole or ReconTopic.Workspace
            or ReconTopic.TestFramework or ReconTopic.TestCommand));

        // Then only the hand-written store is data access, web/ is the frontend app, httptest is a unit-test helper,
        // a single module is no workspace, and the test command is AGENTS.md's line
        Assert.Equal(
        [
            "directory-role | internal/ | private application packages | Found | internal/ai/gemini_test.go:1",
            "directory-role | store/ | data access | Found | store/memo.go:1",
            "directory-role | web/ | frontend app (package.json) | Found | web/package.json:2",
            "test-command | go | go test ./... | Found | AGENTS.md:6",
            "test-framework | unit | go test (testing) | Found | internal/ai/gemini_test.go:8",
            "test-framework | unit | net/http/httptest (HTTP test helper) | Found | internal/ai/gemini_test.go:9",
        ], actual);
    }

    [Fact]
    public void Detect_GoWorkWithTwoModules_ReportsTheWorkspaceAndEachModule()
    {
        // Given a go.work that uses the root module and a tools module
        using var dir = new TempDirectory();
        dir.Write("go.work", "go 1.23\n\nuse (\n\t.\n\t./tools\n)\n");
        dir.Write("go.mod", "module example.com/app\n\ngo 1.23\n");
        dir.Write("tools/go.mod", "module example.com/app/tools\n\ngo 1.23\n");

        // When recon runs
        var actual = FactLines.Of(GoFacts(dir.Path).Where(f => f.Topic is ReconTopic.Workspace));

        // Then the workspace and both members are reported
        Assert.Equal(
        [
            "workspace | . | Go module example.com/app | Found | go.mod:1",
            "workspace | go.work | Go workspace (go.work) | Found | go.work:3",
            "workspace | tools/ | Go module example.com/app/tools | Found | tools/go.mod:1",
        ], actual);
    }

    [Fact]
    public void Detect_TestCommandOnlyInWorkflowRunBlock_CitesTheWorkflowLine()
    {
        // Given a module whose only documented test command is a continued line in a GitHub Actions run block
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/app\n\ngo 1.23\n");
        dir.Write("app_test.go", "package app\n\nimport \"testing\"\n\nfunc TestApp(t *testing.T) {}\n");
        dir.Write(".github/workflows/backend-tests.yml", "name: Backend Tests\njobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n"
            + "      - name: Run tests\n        run: |\n          go mod download\n          go test -v -race \\\n            ./...\n");

        // When recon runs
        var actual = FactLines.Of(GoFacts(dir.Path).Where(f => f.Topic is ReconTopic.TestCommand));

        // Then the command is CI's, joined across the continuation, at the line it starts on
        Assert.Equal(["test-command | go | go test -v -race ./... | Found | .github/workflows/backend-tests.yml:9"], actual);
    }
}
