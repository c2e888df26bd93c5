using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>Reads the commands a repository documents at its root: Makefile and justfile recipes, README code blocks.</summary>
internal static partial class BuildScripts
{
    private static readonly string[] Readmes = ["README.md", "readme.md", "Readme.md", "docs/development.md", "CONTRIBUTING.md"];

    /// <summary>Every documented command, Makefile first, then justfile, then README lines, each in file order.</summary>
    /// <summary>The Makefile, justfile and README commands, read once per recon run and shared by the detectors.</summary>
    public static IReadOnlyList<ScriptCommand> Read(ReconContext context) => context.Shared<IReadOnlyList<ScriptCommand>>(Load);

    private static IReadOnlyList<ScriptCommand> Load(ReconContext context)
    {
        var commands = new List<ScriptCommand>();
        foreach (var name in new[] { "Makefile", "makefile", "GNUmakefile" })
        {
            if (context.Codebase.Find(name) is { } makefile)
            {
                ReadRecipes(context, makefile, "make", MakeTarget(), commands);
            }
        }

        foreach (var name in new[] { "justfile", "Justfile", ".justfile" })
        {
            if (context.Codebase.Find(name) is { } justfile)
            {
                ReadRecipes(context, justfile, "just", JustRecipe(), commands);
            }
        }

        foreach (var name in Readmes)
        {
            if (context.Codebase.Find(name) is { } readme)
            {
                ReadCodeBlocks(context, readme, commands);
            }
        }

        return commands;
    }

    private static void ReadRecipes(ReconContext context, SourceFile file, string runner, Regex header, List<ScriptCommand> commands)
    {
        var lines = context.Lines(file);
        string? target = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && (line[0] == '\t' || line[0] == ' '))
            {
                var command = line.Trim().TrimStart('@', '-').Trim();
                if (target is not null && command.Length > 0 && !command.StartsWith('#'))
                {
                    commands.Add(new ScriptCommand(runner, target, command, context.At(file, i + 1)));
                }

                continue;
            }

            var match = header.Match(line);
            target = match.Success && !match.Groups[1].Value.StartsWith('.') ? match.Groups[1].Value : null;
        }
    }

    private static void ReadCodeBlocks(ReconContext context, SourceFile file, List<ScriptCommand> commands)
    {
        var lines = context.Lines(file);
        var inBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            var command = ShellLines.StripComment(line.StartsWith("$ ", StringComparison.Ordinal) ? line[2..] : line);
            if (inBlock && command.Length > 0 && !command.StartsWith('#'))
            {
                commands.Add(new ScriptCommand(string.Empty, string.Empty, command, context.At(file, i + 1)));
            }
        }
    }

    // A rule line "target: deps" but not a variable assignment "X := y".
    [GeneratedRegex(@"^([A-Za-z0-9_.\-/]+)\s*:(?!=)")]
    private static partial Regex MakeTarget();

    // A recipe header "name arg='x':" or "name:"; assignments use ":=" and are skipped.
    [GeneratedRegex(@"^@?([A-Za-z0-9_\-]+)(?:\s+[^:=]*)?:(?!=)")]
    private static partial Regex JustRecipe();
}
