using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>Go tests (testing, testify, httptest, testcontainers; table-driven style), the commands that run them, lint and documented targets.</summary>
internal sealed partial class GoTestDetector : IDetector
{
    private static readonly string[] GolangciConfigs = [".golangci.yml", ".golangci.yaml", ".golangci.toml", ".golangci.json"];

    public string Id => "go.tests";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var go = GoProject.Load(context);
        if (go is null)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var tests = go.GoFiles.Where(GoProject.IsTest).ToArray();
        var testFuncs = GoProject.Matches(context, tests, TestFunc()).Select(m => m.Evidence).ToArray();
        if (testFuncs.Length > 0)
        {
            facts.Add(new(ReconTopic.TestFramework, "unit", "go test (testing)", FactStatus.Found, [testFuncs[0]], Id));
            facts.Add(new(ReconTopic.TestLocation, "go", "*_test.go beside the code they test", FactStatus.Found,
                tests.Take(3).Select(t => context.At(t, 1)).ToArray(), Id));
            facts.Add(new(ReconTopic.TestNaming, "go", "<file>_test.go with func TestXxx(t *testing.T)", FactStatus.Found, testFuncs.Take(3).ToArray(), Id));
        }

        if (go.Require("github.com/stretchr/testify") is { } testify)
        {
            facts.Add(new(ReconTopic.TestFramework, "unit", "testify " + testify.Version, FactStatus.Found, [testify.Evidence], Id));
        }

        if (go.Require("github.com/testcontainers/testcontainers-go") is { } containers)
        {
            facts.Add(new(ReconTopic.TestFramework, "integration", "testcontainers-go " + containers.Version, FactStatus.Found, [containers.Evidence], Id));
        }

        // httptest fakes servers and records responses inside ordinary unit tests; it is no integration-test framework.
        var httptest = GoProject.Matches(context, tests, HttpTest()).FirstOrDefault();
        if (httptest.File is not null)
        {
            facts.Add(new(ReconTopic.TestFramework, "unit", "net/http/httptest (HTTP test helper)", FactStatus.Found, [httptest.Evidence], Id));
        }

        var tables = GoProject.Matches(context, tests, TableDriven()).Select(m => m.Evidence).ToArray();
        if (tables.Length > 0)
        {
            facts.Add(new(ReconTopic.Naming, "go tests", "table-driven: a slice of cases run with t.Run", FactStatus.Found, tables.Take(3).ToArray(), Id));
        }

        facts.AddRange(GoProject.Matches(context, tests, TestMain())
            .Select(m => new ReconFact(ReconTopic.TestFixture, m.File.Path, "TestMain package setup", FactStatus.Found, [m.Evidence], Id)));
        facts.AddRange(Commands(context, go));
        return facts;
    }

    private IEnumerable<ReconFact> Commands(ReconContext context, GoProject go)
    {
        var scripts = BuildScripts.Read(context);
        var goTest = scripts.Concat(CommandLines.Read(context)).FirstOrDefault(c => c.Command.StartsWith("go test", StringComparison.Ordinal));
        yield return goTest is null
            ? new ReconFact(ReconTopic.TestCommand, "go", "go test ./...", FactStatus.FrameworkDefault, [go.ModuleEvidence], Id)
            : new ReconFact(ReconTopic.TestCommand, "go", goTest.Invocation, FactStatus.Found, [goTest.Evidence], Id);

        var config = GolangciConfigs.Select(context.Codebase.Find).FirstOrDefault(f => f is not null);
        var lint = scripts.FirstOrDefault(c => c.Command.StartsWith("golangci-lint", StringComparison.Ordinal));
        if (lint is not null || config is not null)
        {
            var evidence = new List<Evidence>();
            if (lint is not null)
            {
                evidence.Add(lint.Evidence);
            }

            if (config is not null)
            {
                evidence.Add(context.At(config, 1));
            }

            yield return new ReconFact(ReconTopic.Lint, "golangci-lint", lint?.Invocation ?? "golangci-lint run", FactStatus.Found, evidence, Id);
        }

        if (scripts.FirstOrDefault(c => c.Command.StartsWith("go vet", StringComparison.Ordinal)) is { } vet)
        {
            yield return new ReconFact(ReconTopic.Lint, "go vet", vet.Invocation, FactStatus.Found, [vet.Evidence], Id);
        }

        // Documented targets, once each, with their first recipe line.
        foreach (var target in scripts.Where(c => c.Runner.Length > 0).GroupBy(c => c.Invocation, StringComparer.Ordinal))
        {
            var first = target.First();
            yield return new ReconFact(ReconTopic.Command, first.Invocation, first.Command, FactStatus.Found, [first.Evidence], Id);
        }
    }

    [GeneratedRegex(@"^func\s+Test[A-Z_]\w*\(t \*testing\.T\)")]
    private static partial Regex TestFunc();

    [GeneratedRegex(@"\bhttptest\.New(?:Recorder|Request|Server)\(")]
    private static partial Regex HttpTest();

    [GeneratedRegex(@"\b(?:tests|cases|tt|testCases)\s*:=\s*\[\]struct\s*\{|\bt\.Run\(\s*(?:tt|tc|test)\.name\b")]
    private static partial Regex TableDriven();

    [GeneratedRegex(@"^func\s+TestMain\(m \*testing\.M\)")]
    private static partial Regex TestMain();
}
