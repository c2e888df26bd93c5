using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Test frameworks, where tests live, how they are named, shared helpers and the commands that run them.</summary>
internal sealed partial class NodeTestDetector : NodeDetector
{
    // Package, kind, config file stem, the command a script would contain, the standard command when none does.
    private static readonly (string Package, string Kind, string Config, string Runs, string Default)[] Frameworks =
    [
        ("vitest", "unit", "vitest.config.", "vitest", "npx vitest run"),
        ("jest", "unit", "jest.config.", "jest", "npx jest"),
        ("@playwright/test", "e2e", "playwright.config.", "playwright test", "npx playwright test"),
        ("cypress", "e2e", "cypress.config.", "cypress run", "npx cypress run"),
    ];

    public override string Id => "node.tests";

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        var facts = new List<ReconFact>();
        var e2eFolders = new List<string>();
        foreach (var (package, kind, configStem, runs, fallback) in Frameworks)
        {
            if (project.Dependency(package) is not { } dependency)
            {
                continue;
            }

            var config = project.Codebase.Files.FirstOrDefault(f => f.Path.Split('/')[^1].StartsWith(configStem, StringComparison.Ordinal) && !NodeProject.Skipped(f.Path));

            // An e2e runner in devDependencies that has no config and no tests is declared, not set up: no fact, no default command.
            if (kind == "e2e" && config is null && !HasTests(project, package))
            {
                continue;
            }

            var testDir = config is null ? null : project.Context.FirstLine(config, l => TestDir().IsMatch(l));
            if (testDir is not null && kind == "e2e")
            {
                e2eFolders.Add(TestDir().Match(testDir.Excerpt).Groups[1].Value.TrimStart('.', '/').TrimEnd('/') + "/");
            }

            var configLine = config is null ? InManifest(project, package) : project.Context.FirstLine(config, l => ConfigStart().IsMatch(l)) ?? project.At(config, 1);
            facts.Add(NodeFacts.Found(Id, ReconTopic.TestFramework, kind, $"{Display(package)} {dependency.Version}", [dependency.Evidence, configLine]));
            facts.AddRange(Commands(project, runs, fallback, dependency));
        }

        if (project.Dependency("supertest") is { } supertest)
        {
            facts.Add(NodeFacts.Found(Id, ReconTopic.TestFramework, "integration", $"supertest {supertest.Version} (HTTP requests against the app)", [supertest.Evidence]));
        }

        if (facts.Count > 0)
        {
            facts.AddRange(NodeTestLayout.Facts(project, Id, e2eFolders));
        }

        return facts;
    }

    private IEnumerable<ReconFact> Commands(NodeProject project, string runs, string fallback, NodeDependency dependency)
    {
        // Watch modes never exit, so they are no use as a validation command.
        var scripts = project.Scripts.Where(s => s.Command.Contains(runs, StringComparison.Ordinal) && !s.Command.Contains("watch", StringComparison.Ordinal)
            && !(runs == "vitest" && s.Command.Trim() == "vitest")).ToArray();
        foreach (var script in scripts)
        {
            yield return NodeFacts.Found(Id, ReconTopic.TestCommand, script.Name, $"{project.Run(script)} ({script.Command})", [script.Evidence]);
        }

        if (scripts.Length == 0)
        {
            yield return NodeFacts.Default(Id, ReconTopic.TestCommand, runs.Split(' ')[0], fallback, [dependency.Evidence]);
        }
    }

    // Tests that import the runner (Playwright), or the runner's own folder (cypress/), show it is used without a config file.
    private static bool HasTests(NodeProject project, string package) =>
        project.Sources.Any(f => f.Text.Contains($"'{package}'", StringComparison.Ordinal) || f.Text.Contains($"\"{package}\"", StringComparison.Ordinal))
        || project.Codebase.Files.Any(f => !NodeProject.Skipped(f.Path) && ("/" + f.Path).Contains($"/{package}/", StringComparison.Ordinal));

    // Jest also reads its config from a "jest" key in package.json.
    private static Evidence? InManifest(NodeProject project, string package)
    {
        var manifest = project.Manifests[0];
        var line = package == "jest" ? JsonLines.KeyLine(project.Context.Lines(manifest.File), null, "jest") : -1;
        return line < 0 ? null : project.At(manifest.File, line + 1);
    }

    private static string Display(string package) => package == "@playwright/test" ? "playwright" : package;

    [GeneratedRegex(@"defineConfig\(|module\.exports\s*=|^export\s+default\b")]
    private static partial Regex ConfigStart();

    [GeneratedRegex(@"^\s*testDir\s*:\s*['""]([^'""]+)['""]")]
    private static partial Regex TestDir();
}
