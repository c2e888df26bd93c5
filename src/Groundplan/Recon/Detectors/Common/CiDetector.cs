using Groundplan.Model;
using Groundplan.Model.Recon;
using YamlDotNet.RepresentationModel;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>The commands CI runs (GitHub Actions, GitLab CI, CircleCI, Azure Pipelines): the plan's validation commands.</summary>
internal sealed class CiDetector : IDetector
{
    public string Id => "common.ci";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var facts = new List<ReconFact>();
        foreach (var file in context.Codebase.Files)
        {
            var steps = Kind(file.Path) switch
            {
                "github" => YamlFile.Root(file) is { } root ? GitHubActions(file, root) : [],
                "gitlab" => YamlFile.Root(file) is { } root ? GitLab(root) : [],
                "circleci" => YamlFile.Root(file) is { } root ? CircleCi(root) : [],
                "azure" => YamlFile.Root(file) is { } root ? Azure(root, "pipeline") : [],
                _ => [],
            };
            facts.AddRange(steps.Select(s => new ReconFact(ReconTopic.CiCommand, s.Name, s.Command, FactStatus.Found, [context.At(file, s.Line)], Id)));
        }

        return facts;
    }

    private static string? Kind(string path)
    {
        if (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && RepoPaths.Depth(path) == 2
            && RepoPaths.Extension(path) is "yml" or "yaml")
        {
            return "github";
        }

        return path switch
        {
            ".gitlab-ci.yml" or ".gitlab-ci.yaml" => "gitlab",
            ".circleci/config.yml" or ".circleci/config.yaml" => "circleci",
            "azure-pipelines.yml" or "azure-pipelines.yaml" => "azure",
            _ => null,
        };
    }

    private static IEnumerable<CiStep> GitHubActions(SourceFile file, YamlMappingNode root)
    {
        var workflow = root.Text("name") ?? RepoPaths.FileName(file.Path);
        if (root.Get("jobs") is not YamlMappingNode jobs)
        {
            yield break;
        }

        foreach (var (key, value) in jobs.Children)
        {
            if (value is not YamlMappingNode job || job.Get("steps") is not YamlSequenceNode steps)
            {
                continue;
            }

            var jobDirectory = (job.Get("defaults") as YamlMappingNode)?.Get("run") is YamlMappingNode run ? run.Text("working-directory") : null;
            foreach (var step in steps.Children.OfType<YamlMappingNode>())
            {
                if (step.Get("run") is not YamlScalarNode script)
                {
                    continue;
                }

                var directory = step.Text("working-directory") ?? jobDirectory;
                var suffix = directory is null or "." or "./" ? string.Empty : $" (in {directory})";
                foreach (var (command, line) in YamlFile.Commands(script))
                {
                    yield return new CiStep($"{workflow} / {((YamlScalarNode)key).Value}", command + suffix, line);
                }
            }
        }
    }

    private static readonly HashSet<string> GitLabKeywords =
        ["stages", "variables", "default", "include", "workflow", "image", "services", "cache", "before_script", "after_script", "pages"];

    private static IEnumerable<CiStep> GitLab(YamlMappingNode root)
    {
        foreach (var (key, value) in root.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (name.StartsWith('.') || GitLabKeywords.Contains(name) || value is not YamlMappingNode job)
            {
                continue;
            }

            foreach (var section in (string[])["before_script", "script"])
            {
                foreach (var step in Scripts(job.Get(section)))
                {
                    yield return step with { Name = $"gitlab / {name}" };
                }
            }
        }
    }

    private static IEnumerable<CiStep> CircleCi(YamlMappingNode root)
    {
        if (root.Get("jobs") is not YamlMappingNode jobs)
        {
            yield break;
        }

        foreach (var (key, value) in jobs.Children)
        {
            if (value is not YamlMappingNode job || job.Get("steps") is not YamlSequenceNode steps)
            {
                continue;
            }

            foreach (var step in steps.Children.OfType<YamlMappingNode>())
            {
                var run = step.Get("run");
                var script = run as YamlScalarNode ?? (run as YamlMappingNode)?.Get("command") as YamlScalarNode;
                foreach (var found in Scripts(script))
                {
                    yield return found with { Name = $"circleci / {((YamlScalarNode)key).Value}" };
                }
            }
        }
    }

    // Azure nests steps under stages and jobs in several shapes; any mapping with a script key is a step.
    private static IEnumerable<CiStep> Azure(YamlNode node, string job)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children.SelectMany(c => Azure(c, job));
        }

        if (node is not YamlMappingNode mapping)
        {
            return [];
        }

        var here = mapping.Text("job") ?? job;
        var own = ((string[])["script", "bash", "pwsh", "powershell"])
            .SelectMany(k => Scripts(mapping.Get(k) as YamlScalarNode))
            .Select(s => s with { Name = $"azure / {here}" });
        return own.Concat(mapping.Children.Where(p => p.Value is not YamlScalarNode).SelectMany(p => Azure(p.Value, here)));
    }

    private static IEnumerable<CiStep> Scripts(YamlNode? node) => node switch
    {
        YamlScalarNode scalar => YamlFile.Commands(scalar).Select(c => new CiStep(string.Empty, c.Command, c.Line)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scripts),
        _ => [],
    };

    private sealed record CiStep(string Name, string Command, int Line);
}
