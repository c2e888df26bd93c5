using Groundplan.Model.Plans;
using Groundplan.Model.Recon;

namespace Groundplan.Tests.Plan;

/// <summary>The engine closes the gaps lint used to find in its plans: schema files, test naming, cache and UI states.</summary>
public sealed class OfflinePlanLintGapsTests
{
    public static TheoryData<string, string> ReadOnlyCases() => new()
    {
        { "django-app", "Add CSV export of invoices" },
        { "nestjs-prisma", "Add CSV export of articles" },
        { "rails-app", "Add CSV export of posts" },
        { "aspnet-app", "Add CSV export of reviews" },
        { "polyglot", "Let users filter orders by status" },
    };

    [Theory]
    [MemberData(nameof(ReadOnlyCases))]
    public void Plan_FeatureWithoutSchemaChange_OpensNoSchemaFile(string fixture, string request)
    {
        // Given a read-only feature on a codebase with a schema file
        var (_, recon) = PlanFixtures.Load(fixture);
        var schemaFiles = recon.About(ReconTopic.SchemaFile).Select(f => f.Name).Append("models.py").Append("api/models.py").ToHashSet(StringComparer.Ordinal);

        // When it is planned
        var plan = PlanFixtures.Plan(fixture, request);

        // Then the data phase is not needed and no impacted file is a schema or model-definition file
        Assert.NotNull(plan.Phases[0].NotNeeded);
        Assert.DoesNotContain(plan.ImpactedFiles, f => schemaFiles.Contains(f.Path) || f.Path.EndsWith("/models.py", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_PythonBackendInPolyglot_TestFollowsPythonTestsNotTypeScript()
    {
        // Given the polyglot repo, whose recon unit naming is the web app's *.test.ts

        // When a feature of its Python API is planned
        var plan = PlanFixtures.Plan("polyglot", "Add CSV export of orders");

        // Then its test is a pytest file in tests/, after the existing Python test
        var unit = Assert.Single(plan.Tests);
        // (which Python file it is named after follows the ranking; the convention is the point)
        Assert.Matches(@"^tests/test_[a-z_]+\.py$", unit.Path);
        Assert.Equal("pytest", unit.Framework);
        Assert.Equal("tests/test_orders.py:1", unit.Pattern);
    }

    [Fact]
    public void Plan_RateLimitOnGoService_TestNamedAfterTheFileItCovers()
    {
        // Given the limiter joins internal/auth/middleware.go, and the only test example is internal/http/notes_handler_test.go

        // When it is planned
        var plan = PlanFixtures.Plan("go-service", "Rate-limit login attempts");

        // Then the test is named after middleware.go, not after the example's subject
        Assert.Contains(plan.Tests, t => t.Path == "internal/auth/middleware_test.go");
    }

    [Fact]
    public void Plan_CsvExportOnRails_EndToEndFileInTheRepositorysSnakeCase()
    {
        // Given rails-app, whose system spec is spec/system/publishing_spec.rb

        // When a two-word feature is planned
        var plan = PlanFixtures.Plan("rails-app", "Add CSV export of posts");

        // Then the end-to-end file is snake_case like every Ruby file there
        Assert.Contains(plan.Tests, t => t.Kind == "e2e" && t.Path == "spec/system/posts_export_spec.rb");
    }

    [Theory]
    [InlineData("express-typeorm")]
    [InlineData("go-service")]
    public void Plan_RateLimitWithRedisCounters_SaysNoCachedRecordNeedsInvalidating(string fixture)
    {
        // Given a codebase that caches in Redis

        // When the rate limit is planned
        var plan = PlanFixtures.Plan(fixture, "Rate-limit login attempts");

        // Then the counter step addresses cache invalidation explicitly
        var steps = plan.Phases[1].Tasks.SelectMany(t => t.Steps).Select(s => s.Text);
        Assert.Contains(steps, s => s.StartsWith("Keep the counters in", StringComparison.Ordinal) && s.Contains("no cached record needs invalidating", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("django-app", "Let users archive invoices")]
    [InlineData("nextjs-drizzle", "Let users archive notes")]
    [InlineData("inkwell", "Let users bookmark posts")]
    public void Plan_UiForAChangeToRecords_HasAnEmptyStateStep(string fixture, string request)
    {
        // Given a feature with UI work that changes records rather than listing them

        // When it is planned
        var plan = PlanFixtures.Plan(fixture, request);

        // Then the frontend phase says what the screen shows when nothing is left
        var frontend = plan.Phases.Single(p => p.Kind == PhaseKind.Frontend);
        Assert.Contains(frontend.Tasks.SelectMany(t => t.Steps), s => s.Text.StartsWith("Empty:", StringComparison.Ordinal));
    }
}
