using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>.NET test projects (xunit, NUnit, MSTest; WebApplicationFactory, FluentAssertions, Moq), naming, fixtures and commands.</summary>
internal sealed partial class DotNetTestDetector : IDetector
{
    private static readonly (string Package, string Kind)[] Frameworks =
    [
        ("xunit", "unit"), ("xunit.v3", "unit"), ("NUnit", "unit"), ("MSTest.TestFramework", "unit"), ("MSTest", "unit"),
        ("Microsoft.AspNetCore.Mvc.Testing", "integration"), ("Testcontainers", "integration"), ("FluentAssertions", "unit"),
        ("Moq", "unit"), ("NSubstitute", "unit"), ("Shouldly", "unit"), ("bunit", "unit"),
    ];

    public string Id => "dotnet.tests";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var projects = DotNetProject.LoadAll(context);
        if (projects.Count == 0)
        {
            yield break;
        }

        var testProjects = projects.Where(p => p.IsTest).ToArray();
        foreach (var project in testProjects)
        {
            yield return new ReconFact(ReconTopic.TestLocation, project.Directory, $"test project {project.Name}", FactStatus.Found, [project.Sdk], Id);
            foreach (var (package, kind) in Frameworks)
            {
                if (project.Packages.FirstOrDefault(p => p.Package == package) is { } reference)
                {
                    yield return new ReconFact(ReconTopic.TestFramework, kind, $"{package} {reference.Version}", FactStatus.Found, [reference.Evidence], Id);
                }
            }
        }

        var testCode = DotNetProject.CSharpFiles(context)
            .Where(f => testProjects.Any(p => f.Path.StartsWith(p.Directory, StringComparison.Ordinal))).ToArray();
        var named = testCode.Where(f => f.Path.EndsWith("Tests.cs", StringComparison.Ordinal)).Take(3).Select(f => context.At(f, 1)).ToArray();
        if (named.Length > 0)
        {
            yield return new ReconFact(ReconTopic.TestNaming, "csharp", "<Subject>Tests.cs, one test class per subject", FactStatus.Found, named, Id);
        }

        foreach (var (file, evidence, _) in GoProject.Matches(context, testCode, Fixture()))
        {
            yield return new ReconFact(ReconTopic.TestFixture, file.Path, "WebApplicationFactory integration host", FactStatus.Found,
                [evidence], Id);
        }

        var scripts = BuildScripts.Read(context);
        if (testProjects.Length > 0)
        {
            var documented = scripts.Concat(CommandLines.Read(context)).FirstOrDefault(c => c.Command.StartsWith("dotnet test", StringComparison.Ordinal));
            yield return documented is null
                ? new ReconFact(ReconTopic.TestCommand, "dotnet", "dotnet test", FactStatus.FrameworkDefault, [testProjects[0].Sdk], Id)
                : new ReconFact(ReconTopic.TestCommand, "dotnet", documented.Invocation, FactStatus.Found, [documented.Evidence], Id);
        }

        if (scripts.FirstOrDefault(c => c.Command.StartsWith("dotnet format", StringComparison.Ordinal)) is { } format)
        {
            yield return new ReconFact(ReconTopic.Lint, "dotnet format", format.Invocation, FactStatus.Found, [format.Evidence], Id);
        }
        else if (context.Codebase.Find(".editorconfig") is { } editorconfig)
        {
            yield return new ReconFact(ReconTopic.Lint, "dotnet format", "dotnet format --verify-no-changes", FactStatus.FrameworkDefault,
                [context.At(editorconfig, 1)], Id);
        }

        foreach (var script in scripts.Where(c => c.Command.StartsWith("dotnet ", StringComparison.Ordinal)))
        {
            yield return new ReconFact(ReconTopic.Command, script.Invocation, script.Command, FactStatus.Found, [script.Evidence], Id);
        }
    }

    [GeneratedRegex(@"\bclass\s+\w+\s*(?:<[^>]*>)?\s*:\s*WebApplicationFactory<")]
    private static partial Regex Fixture();
}
