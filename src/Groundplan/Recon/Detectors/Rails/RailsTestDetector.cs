using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>RSpec or Minitest, where tests live, how they are named, shared fixtures and factories, Capybara system tests and the test command.</summary>
internal sealed partial class RailsTestDetector : IDetector
{
    private const int MaxExamples = 3;

    public string Id => "rails.tests";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (RailsApp.Find(context) is not { } app)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var specs = app.Files("spec/", "_spec.rb").ToArray();
        var tests = app.Files("test/", "_test.rb").ToArray();
        if (specs.Length > 0)
        {
            var gem = app.Gem("rspec-rails") ?? app.Gem("rspec");
            facts.Add(app.Fact(ReconTopic.TestFramework, "unit", "RSpec", Id, gem, First(app, "spec/rails_helper.rb", "spec/spec_helper.rb")));
            facts.Add(Location(app, "spec/", "RSpec", specs));
            facts.Add(app.Fact(ReconTopic.TestNaming, "rspec", "spec/<kind>/<name>_spec.rb", Id, specs.Take(MaxExamples).Select(f => context.At(f, 1)).ToArray()));
            facts.Add(Command(app, RspecCommand(), "bundle exec rspec", gem));
        }

        if (tests.Length > 0)
        {
            var helper = context.Codebase.Find("test/test_helper.rb");
            var testCase = helper is null ? null : context.FirstLine(helper, l => l.Contains("ActiveSupport::TestCase", StringComparison.Ordinal));
            facts.Add(app.Fact(ReconTopic.TestFramework, "unit", "Minitest", Id, testCase ?? context.At(tests[0], 1)));
            facts.Add(Location(app, "test/", "Minitest", tests));
            facts.Add(app.Fact(ReconTopic.TestNaming, "minitest", "test/<kind>/<name>_test.rb", Id, tests.Take(MaxExamples).Select(f => context.At(f, 1)).ToArray()));
            facts.Add(Command(app, MinitestCommand(), "bin/rails test", null));
        }

        var system = specs.Where(f => f.Path.StartsWith("spec/system/", StringComparison.Ordinal) || f.Path.StartsWith("spec/features/", StringComparison.Ordinal))
            .Concat(tests.Where(f => f.Path.StartsWith("test/system/", StringComparison.Ordinal))).FirstOrDefault();
        if (system is not null && app.Gem("capybara") is { } capybara)
        {
            facts.Add(app.Fact(ReconTopic.TestFramework, "e2e", "Capybara system tests", Id, capybara, context.At(system, 1)));
        }

        if (app.Grep(app.Files("spec/factories/", ".rb").Concat(app.Files("test/factories/", ".rb")), FactoryDefine()).FirstOrDefault() is { Evidence: { } factory })
        {
            var folder = factory.Path[..(factory.Path.IndexOf("factories/", StringComparison.Ordinal) + "factories/".Length)];
            facts.Add(app.Fact(ReconTopic.TestFixture, folder, "FactoryBot factories", Id, factory));
        }

        if (app.Files("test/fixtures/", ".yml").FirstOrDefault() is { } fixture)
        {
            facts.Add(app.Fact(ReconTopic.TestFixture, "test/fixtures/", "Rails YAML fixtures", Id, context.At(fixture, 1)));
        }

        foreach (var helper in new[] { "spec/rails_helper.rb", "test/test_helper.rb" })
        {
            if (context.Codebase.Find(helper) is { } file)
            {
                facts.Add(app.Fact(ReconTopic.TestFixture, helper, "shared test setup", Id, context.At(file, 1)));
            }
        }

        return facts;
    }

    private static Evidence? First(RailsApp app, params string[] paths) =>
        paths.Select(app.Context.Codebase.Find).OfType<Model.SourceFile>().Select(f => app.Context.At(f, 1)).FirstOrDefault();

    private ReconFact Location(RailsApp app, string root, string framework, Model.SourceFile[] files)
    {
        var kinds = files.Select(f => f.Path[root.Length..]).Where(p => p.Contains('/', StringComparison.Ordinal))
            .Select(p => p[..p.IndexOf('/', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var value = kinds.Length == 0 ? framework + " tests" : $"{framework} tests by kind: {string.Join(", ", kinds)}";
        return app.Fact(ReconTopic.TestLocation, root, value, Id, app.Context.At(files[0], 1));
    }

    private ReconFact Command(RailsApp app, Regex documented, string standard, Evidence? basis) =>
        app.Documented(documented) is { } hit
            ? app.Fact(ReconTopic.TestCommand, "unit", hit.Match.Value.Trim(), Id, hit.Evidence)
            : app.Default(ReconTopic.TestCommand, "unit", standard, Id, basis);

    [GeneratedRegex(@"(?:bundle exec |bin/)rspec\b")]
    private static partial Regex RspecCommand();

    [GeneratedRegex(@"(?:bundle exec |bin/)?rails test(?::\w+)?\b")]
    private static partial Regex MinitestCommand();

    [GeneratedRegex(@"^\s*FactoryBot\.define\b")]
    private static partial Regex FactoryDefine();
}
