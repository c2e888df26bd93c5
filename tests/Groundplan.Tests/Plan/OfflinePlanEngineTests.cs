using System.Text.Json;
using Groundplan.Model.Plans;
using Groundplan.Model.Retrieval;
using Groundplan.Plan;

namespace Groundplan.Tests.Plan;

public sealed class OfflinePlanEngineTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (fixture, request) in PlanFixtures.Cases)
        {
            data.Add(fixture, request);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_EveryCase_ExistingPathsExistAndNewPathsDoNot(string fixture, string request)
    {
        var (codebase, _) = PlanFixtures.Load(fixture);

        var plan = PlanFixtures.Plan(fixture, request);

        Assert.NotEmpty(plan.ImpactedFiles);
        foreach (var file in plan.ImpactedFiles)
        {
            var exists = codebase.Find(file.Path) is not null;
            Assert.True(file.Change == ChangeType.New ? !exists : exists, $"{file.Change} {file.Path}");
        }

        foreach (var discovery in plan.KeyDiscoveries)
        {
            var source = codebase.Find(discovery.Path);
            Assert.True(source is not null && discovery.StartLine <= source.LineCount, $"{discovery.Path}:{discovery.StartLine}");
        }

        foreach (var path in plan.Phases.SelectMany(p => p.Tasks).SelectMany(t => t.Files))
        {
            Assert.Contains(plan.ImpactedFiles, f => f.Path == path);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_EveryCase_FourPhasesInOrderEachWithTasksOrReason(string fixture, string request)
    {
        var plan = PlanFixtures.Plan(fixture, request);

        Assert.Equal([PhaseKind.DataLayer, PhaseKind.Backend, PhaseKind.Frontend, PhaseKind.Testing], plan.Phases.Select(p => p.Kind));
        Assert.All(plan.Phases, p => Assert.True(p.NotNeeded is not null ^ p.Tasks.Count > 0, p.Title));
        Assert.NotEmpty(plan.Goals);
        Assert.NotEmpty(plan.Snapshot);
        Assert.NotEmpty(plan.CompletenessAudit);
        Assert.DoesNotContain(plan.Assumptions, a => a.StartsWith("ASSUMPTION", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SameInputTwice_ByteIdenticalJson()
    {
        var first = JsonSerializer.Serialize(PlanFixtures.Plan("inkwell", "Let users bookmark posts"));
        var second = JsonSerializer.Serialize(new OfflinePlanEngine().Plan(PlanFixtures.Input("inkwell", "Let users bookmark posts")));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Plan_BookmarkOnInkwell_SchemaInPrismaMigrationCommandAuthAndCache()
    {
        var plan = PlanFixtures.Plan("inkwell", "Let users bookmark posts");

        var steps = plan.Phases.SelectMany(p => p.Tasks).SelectMany(t => t.Steps).Select(s => s.Text).ToList();
        Assert.Contains(plan.ImpactedFiles, f => f.Path == "prisma/schema.prisma" && f.Change == ChangeType.Edit);
        Assert.Contains(plan.ImpactedFiles, f => f.Path == "src/app/actions/bookmarks.ts" && f.Change == ChangeType.New);
        Assert.Contains(steps, s => s.Contains("`npm run db:migrate`", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("`requireUser()`", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("invalidate", StringComparison.Ordinal) && s.Contains("revalidate", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("aria-pressed", StringComparison.Ordinal));
        Assert.Equal("typescript", plan.CodeLanguage);
    }

    [Fact]
    public void Plan_GoService_GoSignaturesAndSequencedMigration()
    {
        var plan = PlanFixtures.Plan("go-service", "Let users bookmark notes");

        Assert.Equal("go", plan.CodeLanguage);
        Assert.Contains(plan.ImpactedFiles, f => f.Path == "db/migrations/000003_create_bookmarks.up.sql" && f.Change == ChangeType.New);
        var signature = plan.Phases[1].Tasks[0].Signatures[0];
        Assert.Equal("go", signature.Language);
        Assert.Contains("func (h *", signature.Code, StringComparison.Ordinal);
        Assert.Contains(plan.Phases[3].Tasks[0].TestSignatures, b => b.Code.Contains("(t *testing.T)", StringComparison.Ordinal));
        Assert.NotNull(plan.Phases[2].NotNeeded);
    }

    [Fact]
    public void Plan_UnknownCi_AssumptionInsteadOfInvention()
    {
        var plan = PlanFixtures.Plan("rails-app", "Let users bookmark posts");

        Assert.Contains(plan.Assumptions, a => a.Contains("no CI workflow", StringComparison.Ordinal));
        Assert.Contains(plan.ValidationCommands, c => c == "bundle exec rspec");
    }

    [Fact]
    public void Plan_EmptyRequest_GroundplanException()
    {
        var input = PlanFixtures.Input("inkwell", "x") with { Request = new RetrievalRequest("  ") };

        Assert.Throws<GroundplanException>(() => new OfflinePlanEngine().Plan(input));
    }

    [Fact]
    public void Plan_CiStepThatOnlyFormatsAReport_NotAValidationCommand()
    {
        // Given a Go service whose CI runs the tests and then prints a summary of their log
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/notes\n\ngo 1.23\n");
        dir.Write("notes/notes.go", "package notes\n\ntype Note struct{ ID int }\n");
        dir.Write("notes/notes_test.go", "package notes\n\nimport \"testing\"\n\nfunc TestNote(t *testing.T) {}\n");
        dir.Write(".github/workflows/tests.yml", """
            name: Tests
            on: [push]
            jobs:
              go-tests:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                  - name: Run tests
                    run: go test -v ./... | tee test.log
                  - name: Summary
                    run: grep -e '--- FAIL:' test.log | awk '{print $3}'
            """);

        var plan = PlanFixtures.PlanAt(dir.Path, "Let users archive notes");

        // Then the test run is a validation command and the log summary is not
        Assert.Contains(plan.ValidationCommands, c => c.StartsWith("go test", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.ValidationCommands, c => c.StartsWith("grep", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SchemaChangeWithoutAMigrationCommand_DataPhaseValidatedByTheTests()
    {
        // Given a Go service that keeps users in SQL but shows no command that applies migrations, and a request for a
        // new stored setting
        using var dir = new TempDirectory();
        dir.Write("go.mod", "module example.com/notes\n\ngo 1.23\n\nrequire modernc.org/sqlite v1.29.0\n");
        dir.Write("store/user.go", "package store\n\nimport \"database/sql\"\n\ntype User struct {\n\tID   int\n\tName string\n}\n\nfunc GetUser(db *sql.DB, id int) (*User, error) {\n\treturn nil, nil\n}\n");
        dir.Write("store/user_test.go", "package store\n\nimport \"testing\"\n\nfunc TestGetUser(t *testing.T) {}\n");
        dir.Write(".github/workflows/tests.yml", "name: Tests\non: [push]\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: go test ./...\n");

        var plan = PlanFixtures.PlanAt(dir.Path, "add system setting to disable password-based login");

        // Then the schema phase is not left without a command: the repository's tests prove it
        var data = plan.Phases[0];
        Assert.Null(data.NotNeeded);
        Assert.Equal(["go test ./..."], data.ValidationCommands);
    }
}
