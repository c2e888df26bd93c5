using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>
/// The command lines a repository writes down for people, agents and CI: AGENTS.md, CONTRIBUTING and README code
/// (fenced blocks and inline code spans), and the <c>run:</c> lines of its GitHub Actions workflows. Stack detectors
/// look here for their stack's command before they fall back to the framework's standard one.
/// </summary>
internal static partial class CommandLines
{
    /// <summary>Every such command, guides first (AGENTS.md, CONTRIBUTING, README), then workflows, each in file and line order.</summary>
    public static IReadOnlyList<ScriptCommand> Read(ReconContext context) => context.Shared(Load).Commands;

    /// <summary>The first command <paramref name="pattern"/> matches, with its line, or null.</summary>
    public static (Evidence Evidence, Match Match)? Find(ReconContext context, Regex pattern) =>
        Read(context).Select(c => (c.Evidence, Match: pattern.Match(c.Command))).Where(h => h.Match.Success)
            .Cast<(Evidence, Match)?>().FirstOrDefault();

    private static Loaded Load(ReconContext context)
    {
        var commands = new List<ScriptCommand>();
        var guides = context.Codebase.Files.Where(f => GuideRank(f.Path) >= 0).OrderBy(f => GuideRank(f.Path)).ThenBy(f => f.Path, StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            ReadMarkdown(context, guide, commands);
        }

        foreach (var workflow in context.Codebase.Files.Where(f => IsWorkflow(f.Path)))
        {
            ReadWorkflow(context, workflow, commands);
        }

        return new Loaded(commands);
    }

    // AGENTS.md speaks to whoever runs the code, so it comes first; README last, as it is mostly for users.
    private static int GuideRank(string path)
    {
        var name = RepoPaths.FileName(path).ToUpperInvariant();
        var folder = RepoPaths.Directory(path);
        if (RepoPaths.Extension(path) is not ("md" or "markdown") || folder is not ("" or ".github" or "docs"))
        {
            return -1;
        }

        return name.StartsWith("AGENTS", StringComparison.Ordinal) ? 0
            : name.StartsWith("CONTRIBUTING", StringComparison.Ordinal) ? 1
            : name.StartsWith("README", StringComparison.Ordinal) ? 2
            : -1;
    }

    private static bool IsWorkflow(string path) =>
        path.StartsWith(".github/workflows/", StringComparison.Ordinal) && RepoPaths.Depth(path) == 2 && RepoPaths.Extension(path) is "yml" or "yaml";

    private static void ReadMarkdown(ReconContext context, SourceFile file, List<ScriptCommand> commands)
    {
        var lines = context.Lines(file);
        var inBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            var texts = inBlock ? [line.StartsWith("$ ", StringComparison.Ordinal) ? line[2..] : line]
                : InlineCode().Matches(line).Select(m => m.Groups[1].Value);
            foreach (var text in texts)
            {
                Add(context, file, i + 1, text, commands);
            }
        }
    }

    private static void ReadWorkflow(ReconContext context, SourceFile file, List<ScriptCommand> commands)
    {
        var lines = context.Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            if (RunKey().Match(lines[i]) is not { Success: true } run)
            {
                continue;
            }

            var value = run.Groups["value"].Value.Trim();
            if (!value.StartsWith('|') && !value.StartsWith('>'))
            {
                Add(context, file, i + 1, value.Trim('"', '\''), commands);
                continue;
            }

            // A block scalar: its lines are those indented deeper than the run key; a trailing backslash continues a command.
            var keyColumn = run.Groups["key"].Index;
            var start = -1;
            var command = string.Empty;
            for (i++; i < lines.Count && (lines[i].Trim().Length == 0 || Indent(lines[i]) > keyColumn); i++)
            {
                var line = lines[i].Trim();
                start = command.Length == 0 ? i : start;
                command += line.TrimEnd('\\').TrimEnd() + (line.EndsWith('\\') ? " " : string.Empty);
                if (!line.EndsWith('\\'))
                {
                    Add(context, file, start + 1, command, commands);
                    command = string.Empty;
                }
            }

            i--;
        }
    }

    private static void Add(ReconContext context, SourceFile file, int line, string text, List<ScriptCommand> commands)
    {
        var command = text.TrimStart().StartsWith('#') ? string.Empty : ShellLines.StripComment(text);
        if (command.Length > 0)
        {
            commands.Add(new ScriptCommand(string.Empty, string.Empty, command, context.At(file, line)));
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private sealed record Loaded(IReadOnlyList<ScriptCommand> Commands);

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>run):\s*(?<value>.*)$")]
    private static partial Regex RunKey();
}
