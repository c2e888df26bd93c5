using Groundplan.Ingest;
using Groundplan.Model.Recon;
using Groundplan.Recon;
using Groundplan.Recon.Detectors.Rails;

namespace Groundplan.Tests.Recon.Detectors.Rails;

public sealed class RailsDetectorsTests
{
    private static readonly IDetector[] Detectors =
        [new RailsAuthDetector(), new RailsCacheDetector(), new RailsDataDetector(), new RailsStackDetector(), new RailsTestDetector()];

    private static string Fixture => Path.Combine(TestPaths.Fixtures, "recon", "rails-app");

    [Fact]
    public void Detect_RailsFixture_ReportsEveryExpectedFactWithEvidence()
    {
        // Given the rails-app fixture and its committed expected facts
        var expected = FactLines.Expected("Rails", "RailsApp.expected.txt");

        // When the Rails detectors run
        var actual = FactLines.Of(Fixture, Detectors);

        // Then they report exactly those facts
        FactLines.AssertSame(expected, actual);
    }

    [Fact]
    public void Detect_NextJsSample_ContributesNothing()
    {
        Assert.Empty(FactLines.OfNextJsSample(Detectors));
    }

    [Fact]
    public void Detect_NoMigrationCommandDocumented_FlagsTheRailsStandardAsFrameworkDefault()
    {
        // Given a Rails app whose README and scripts name no migration command
        using var dir = new TempDirectory();
        dir.Write("Gemfile", "source \"https://rubygems.org\"\ngem \"rails\", \"~> 7.2\"\ngem \"sqlite3\"\n");
        dir.Write("app/models/application_record.rb", "class ApplicationRecord < ActiveRecord::Base\n  primary_abstract_class\nend\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When the data detector runs
        var facts = new ReconEngine([new RailsDataDetector()]).Run(codebase).About(ReconTopic.MigrationCommand).ToArray();

        // Then both commands are the framework's standard, flagged, resting on the Gemfile's rails line
        Assert.Equal(
            ["apply bin/rails db:migrate FrameworkDefault Gemfile:2", "create bin/rails generate migration <Name> FrameworkDefault Gemfile:2"],
            facts.Select(f => $"{f.Name} {f.Value} {f.Status} {f.Evidence[0].Path}:{f.Evidence[0].Line}"));
    }

    [Fact]
    public void Detect_MinitestAppDocumentingTestCommand_UsesTheDocumentedCommand()
    {
        // Given a Rails app with Minitest tests, YAML fixtures and a Makefile that runs them
        using var dir = new TempDirectory();
        dir.Write("Gemfile", "gem 'rails'\n");
        dir.Write("Makefile", "test:\n\tbin/rails test:all\n");
        dir.Write("test/test_helper.rb", "require \"rails/test_help\"\n\nclass ActiveSupport::TestCase\n  fixtures :all\nend\n");
        dir.Write("test/models/invoice_test.rb", "require \"test_helper\"\n\nclass InvoiceTest < ActiveSupport::TestCase\nend\n");
        dir.Write("test/fixtures/invoices.yml", "one:\n  number: 1\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When the test detector runs
        var lines = new ReconEngine([new RailsTestDetector()]).Run(codebase).Facts.Where(f => f.Detector == "rails.tests").Select(FactLines.Line);

        // Then Minitest, its layout, fixtures and the documented command are reported
        Assert.Equal(
            [
                "test-command | unit | bin/rails test:all | Found | Makefile:2",
                "test-fixture | test/fixtures/ | Rails YAML fixtures | Found | test/fixtures/invoices.yml:1",
                "test-fixture | test/test_helper.rb | shared test setup | Found | test/test_helper.rb:1",
                "test-framework | unit | Minitest | Found | test/test_helper.rb:3",
                "test-location | test/ | Minitest tests by kind: models | Found | test/models/invoice_test.rb:1",
                "test-naming | minitest | test/<kind>/<name>_test.rb | Found | test/models/invoice_test.rb:1",
            ],
            lines);
    }

    [Fact]
    public void Detect_MaybeLikeAppWithSetupScriptAndCi_CitesDbPrepareAndTheCiTestCommand()
    {
        // Given a Minitest Rails app whose bin/setup prepares the database and whose CI workflow runs the tests
        using var dir = new TempDirectory();
        dir.Write("Gemfile", "source \"https://rubygems.org\"\n\ngem \"rails\", \"~> 7.2.2\"\ngem \"pg\", \"~> 1.5\"\n");
        dir.Write("app/models/application_record.rb", "class ApplicationRecord < ActiveRecord::Base\n  primary_abstract_class\nend\n");
        dir.Write("bin/setup", "#!/usr/bin/env ruby\nFileUtils.chdir APP_ROOT do\n  puts \"\\n== Preparing database ==\"\n"
            + "  system! \"bin/rails db:prepare\"\nend\n");
        dir.Write("test/models/account_test.rb", "require \"test_helper\"\n\nclass AccountTest < ActiveSupport::TestCase\nend\n");
        dir.Write(".github/workflows/ci.yml", "name: CI\njobs:\n  test:\n    steps:\n      - name: Run tests\n"
            + "        run: bin/rails test\n      - name: Run system tests\n        run: DISABLE_PARALLELIZATION=true bin/rails test:system\n");
        var codebase = new CodebaseLoader().Load(dir.Path);

        // When the data and test detectors run
        var facts = new ReconEngine([new RailsDataDetector(), new RailsTestDetector()]).Run(codebase).Facts
            .Where(f => f.Topic is ReconTopic.MigrationCommand or ReconTopic.TestCommand).Select(FactLines.Line).Order(StringComparer.Ordinal);

        // Then db:prepare is the documented apply command and the test command is CI's, both Found at their lines
        Assert.Equal(
            [
                "migration-command | apply | bin/rails db:prepare | Found | bin/setup:4",
                "migration-command | create | bin/rails generate migration <Name> | FrameworkDefault | Gemfile:3",
                "test-command | unit | bin/rails test | Found | .github/workflows/ci.yml:6",
            ],
            facts);
    }

    [Theory]
    [InlineData("Post", "posts")]
    [InlineData("Category", "categories")]
    [InlineData("LineItem", "line_items")]
    [InlineData("Address", "addresses")]
    [InlineData("Day", "days")]
    public void Tableize_ModelClassName_RailsDefaultTableName(string model, string table) =>
        Assert.Equal(table, RailsSchema.Tableize(model));
}
