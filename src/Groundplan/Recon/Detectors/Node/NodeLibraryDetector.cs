using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Libraries known by their package: validation, data fetching, state, frontend, CSS, components, accessibility.</summary>
internal sealed class NodeLibraryDetector : NodeDetector
{
    // Package (a trailing '*' matches a scope's packages), topic, and how people call it.
    private static readonly (string Package, string Topic, string Display)[] Libraries =
    [
        ("zod", ReconTopic.Validation, "Zod"), ("yup", ReconTopic.Validation, "Yup"), ("class-validator", ReconTopic.Validation, "class-validator"),
        ("joi", ReconTopic.Validation, "Joi"), ("valibot", ReconTopic.Validation, "Valibot"), ("superstruct", ReconTopic.Validation, "Superstruct"),
        ("swr", ReconTopic.DataFetching, "SWR"), ("@tanstack/react-query", ReconTopic.DataFetching, "TanStack Query"),
        ("@trpc/server", ReconTopic.DataFetching, "tRPC"), ("@apollo/client", ReconTopic.DataFetching, "Apollo Client"),
        ("zustand", ReconTopic.State, "Zustand"), ("@reduxjs/toolkit", ReconTopic.State, "Redux Toolkit"), ("redux", ReconTopic.State, "Redux"),
        ("jotai", ReconTopic.State, "Jotai"), ("mobx", ReconTopic.State, "MobX"), ("recoil", ReconTopic.State, "Recoil"), ("valtio", ReconTopic.State, "Valtio"),
        ("react", ReconTopic.Frontend, "React"), ("vue", ReconTopic.Frontend, "Vue"), ("svelte", ReconTopic.Frontend, "Svelte"),
        ("@angular/core", ReconTopic.Frontend, "Angular"), ("solid-js", ReconTopic.Frontend, "Solid"),
        ("tailwindcss", ReconTopic.Css, "Tailwind CSS"), ("styled-components", ReconTopic.Css, "styled-components"),
        ("@emotion/react", ReconTopic.Css, "Emotion"), ("sass", ReconTopic.Css, "Sass"),
        ("@mui/material", ReconTopic.ComponentLibrary, "MUI"), ("@chakra-ui/react", ReconTopic.ComponentLibrary, "Chakra UI"),
        ("@mantine/core", ReconTopic.ComponentLibrary, "Mantine"), ("antd", ReconTopic.ComponentLibrary, "Ant Design"),
        ("@headlessui/react", ReconTopic.ComponentLibrary, "Headless UI"), ("@radix-ui/*", ReconTopic.ComponentLibrary, "Radix UI"),
        ("eslint-plugin-jsx-a11y", ReconTopic.Accessibility, "eslint-plugin-jsx-a11y"), ("@radix-ui/*", ReconTopic.Accessibility, "Radix UI primitives"),
        ("react-aria", ReconTopic.Accessibility, "React Aria"), ("react-aria-components", ReconTopic.Accessibility, "React Aria Components"),
        ("@axe-core/playwright", ReconTopic.Accessibility, "axe-core (Playwright)"), ("jest-axe", ReconTopic.Accessibility, "jest-axe"),
    ];

    public override string Id => "node.libraries";


    public override IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.Accessibility, ReconTopic.ComponentLibrary, ReconTopic.Css, ReconTopic.DataFetching, ReconTopic.Frontend, ReconTopic.State, ReconTopic.Validation };

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        return [.. Packages(project), .. ShadcnUi(project)];
    }

    private IEnumerable<ReconFact> Packages(NodeProject project)
    {
        foreach (var (package, topic, display) in Libraries)
        {
            var declared = package.EndsWith('*')
                ? project.Manifests.SelectMany(m => m.Dependencies).Where(d => d.Name.StartsWith(package[..^1], StringComparison.Ordinal)).ToArray()
                : project.Dependencies(package).ToArray();
            if (declared.Length == 0)
            {
                continue;
            }

            var name = package.EndsWith('*') ? package[..^2] : package;
            var version = package.EndsWith('*') ? string.Empty : " " + declared[0].Version;
            yield return NodeFacts.Found(Id, topic, name, display + version, [.. declared.Take(NodeFacts.MaxEvidence).Select(d => d.Evidence), FirstImport(project, declared[0].Name)]);
        }
    }

    // shadcn/ui is not a package: its CLI writes components.json and copies components into the repo.
    private IEnumerable<ReconFact> ShadcnUi(NodeProject project)
    {
        var config = project.Codebase.Files.FirstOrDefault(f => f.Path.Split('/')[^1] == "components.json" && !NodeProject.Skipped(f.Path)
            && f.Text.Contains("ui.shadcn.com", StringComparison.Ordinal));
        if (config is not null)
        {
            var schema = project.Context.FirstLine(config, l => l.Contains("ui.shadcn.com", StringComparison.Ordinal));
            var alias = project.Context.FirstLine(config, l => l.Contains("\"ui\"", StringComparison.Ordinal));
            yield return NodeFacts.Found(Id, ReconTopic.ComponentLibrary, "shadcn/ui", "shadcn/ui (components.json)", [schema, alias]);
        }
    }

    private static Evidence? FirstImport(NodeProject project, string package)
    {
        string[] forms = [$"from \"{package}\"", $"from '{package}'", $"import \"{package}\"", $"import '{package}'", $"require(\"{package}\")", $"require('{package}')"];
        // Application code shows how a library is used better than a test does.
        return project.Sources.OrderBy(f => NodeTestFiles.IsTest(f.Path))
            .Select(file => project.Context.FirstLine(file, l => forms.Any(f => l.Contains(f, StringComparison.Ordinal))))
            .FirstOrDefault(e => e is not null);
    }
}
