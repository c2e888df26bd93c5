using Groundplan.Model;
using Groundplan.Model.Recon;
using YamlDotNet.RepresentationModel;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Commands the repository defines for people to run: Makefile targets, justfile recipes, Taskfile tasks, Procfile entries, scripts/*.sh.</summary>
internal sealed class TaskRunnerDetector : IDetector
{
    public string Id => "common.task-runners";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var facts = new List<ReconFact>();
        foreach (var file in context.Codebase.Files)
        {
            var name = RepoPaths.FileName(file.Path);
            var topLevel = !file.Path.Contains('/', StringComparison.Ordinal);
            if (topLevel && name is "Makefile" or "GNUmakefile" or "makefile")
            {
                facts.AddRange(MakefileReader.Makefile(context.Lines(file)).Select(t => Fact(context, file, "make " + t.Name, Describe(t, "make"), t.Line)));
            }
            else if (topLevel && name is "justfile" or "Justfile" or ".justfile")
            {
                facts.AddRange(MakefileReader.Justfile(context.Lines(file)).Select(t => Fact(context, file, "just " + t.Name, Describe(t, "just"), t.Line)));
            }
            else if (topLevel && name is "Taskfile.yml" or "Taskfile.yaml" or "taskfile.yml" && YamlFile.Root(file) is { } root)
            {
                facts.AddRange(Taskfile(root).Select(t => Fact(context, file, "task " + t.Name, ShellLines.Join(t.Recipe), t.Line)));
            }
            else if (topLevel && name == "Procfile")
            {
                facts.AddRange(Procfile(context, file));
            }
            else if (RepoPaths.Directory(file.Path) is "scripts" or "script" && RepoPaths.Extension(file.Path) is "sh" or "bash")
            {
                facts.Add(Script(context, file));
            }
        }

        return facts;
    }

    private ReconFact Fact(ReconContext context, SourceFile file, string name, string value, int line) =>
        new(ReconTopic.Command, name, value, FactStatus.Found, [context.At(file, line)], Id);

    private static string Describe(MakefileReader.Target target, string tool)
    {
        string[] steps =
        [
            target.Prerequisites.Count == 0 ? string.Empty : $"{tool} {string.Join(' ', target.Prerequisites)}",
            .. target.Recipe,
            target.Followups is not { Count: > 0 } after ? string.Empty : $"{tool} {string.Join(' ', after)}",
        ];
        var value = ShellLines.Join(steps.Where(s => s.Length > 0));
        return value.Length == 0 ? "(no commands)" : value;
    }

    private static IEnumerable<MakefileReader.Target> Taskfile(YamlMappingNode root)
    {
        if (root.Get("tasks") is not YamlMappingNode tasks)
        {
            yield break;
        }

        foreach (var (key, value) in tasks.Children)
        {
            var commands = value switch
            {
                YamlSequenceNode list => list,
                YamlMappingNode task => task.Get("cmds") as YamlSequenceNode,
                _ => null,
            };
            var recipe = (commands?.Children ?? []).Select(c => c switch
            {
                YamlScalarNode s => s.Value,
                YamlMappingNode m => m.Text("cmd") ?? (m.Text("task") is { } t ? "task " + t : null),
                _ => null,
            }).OfType<string>().Select(c => c.Trim()).ToArray();
            yield return new MakefileReader.Target(((YamlScalarNode)key).Value ?? string.Empty, recipe, [], (int)key.Start.Line);
        }
    }

    private IEnumerable<ReconFact> Procfile(ReconContext context, SourceFile file)
    {
        var lines = context.Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !lines[i].StartsWith('#') && lines[i][..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                yield return Fact(context, file, "Procfile " + lines[i][..colon], lines[i][(colon + 1)..].Trim(), i + 1);
            }
        }
    }

    // A script's first comment after the shebang says what it is for.
    private ReconFact Script(ReconContext context, SourceFile file)
    {
        var lines = context.Lines(file);
        var start = lines.Count > 0 && lines[0].StartsWith("#!", StringComparison.Ordinal) ? 1 : 0;
        var purpose = start < lines.Count && lines[start].StartsWith('#') ? lines[start].TrimStart('#').Trim() : string.Empty;
        return purpose.Length > 0
            ? Fact(context, file, "./" + file.Path, purpose, start + 1)
            : Fact(context, file, "./" + file.Path, "shell script", 1);
    }
}
