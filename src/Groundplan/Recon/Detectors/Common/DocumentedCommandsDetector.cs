using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Commands the README and CONTRIBUTING guides tell people to run, from shell code blocks and <c>$ </c> prompts.</summary>
internal sealed partial class DocumentedCommandsDetector : IDetector
{
    private static readonly HashSet<string> ShellFences = new(StringComparer.OrdinalIgnoreCase) { "sh", "bash", "shell", "zsh" };

    public string Id => "common.documented-commands";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var tools = new RepoTools(context.Codebase);
        var facts = new List<ReconFact>();
        foreach (var file in context.Codebase.Files.Where(f => IsGuide(f.Path)))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (command, line) in Commands(context.Lines(file)).Where(c => tools.Runs(c.Command) && seen.Add(c.Command)))
            {
                facts.Add(new ReconFact(ReconTopic.Command, command, "documented in " + file.Path, FactStatus.Found, [context.At(file, line)], Id));
            }
        }

        return facts;
    }

    private static bool IsGuide(string path)
    {
        var name = RepoPaths.FileName(path).ToUpperInvariant();
        var folder = RepoPaths.Directory(path);
        return (name.StartsWith("README", StringComparison.Ordinal) || name.StartsWith("CONTRIBUTING", StringComparison.Ordinal))
            && RepoPaths.Extension(path) is "md" or "markdown"
            && folder is "" or ".github" or "docs";
    }

    private static IEnumerable<(string Command, int Line)> Commands(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var marker = open.Groups["fence"].Value;
            var language = open.Groups["lang"].Value;
            var start = i + 1;
            var end = start;
            while (end < lines.Count && !IsClose(lines[end], marker))
            {
                end++;
            }

            var block = lines.Skip(start).Take(end - start).ToArray();
            foreach (var found in BlockCommands(block, language))
            {
                yield return (found.Command, start + found.Offset + 1);
            }

            i = end;
        }
    }

    private static IEnumerable<(string Command, int Offset)> BlockCommands(string[] block, string language)
    {
        var prompts = block.Select((l, i) => (Line: l.TrimStart(), Offset: i)).Where(l => l.Line.StartsWith("$ ", StringComparison.Ordinal)).ToArray();
        if (prompts.Length > 0)
        {
            // A prompt marks the commands; the other lines are their output (console sessions) or context.
            return prompts.Select(p => (ShellLines.StripComment(p.Line[2..]), p.Offset)).Where(p => p.Item1.Length > 0);
        }

        if (!ShellFences.Contains(language))
        {
            return [];
        }

        return ShellLines.Split(string.Join('\n', block));
    }

    private static bool IsClose(string line, string marker)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]);
    }

    [GeneratedRegex(@"^\s{0,3}(?<fence>`{3,}|~{3,})\s*(?<lang>[\w-]*)")]
    private static partial Regex Fence();
}
