using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Runtime versions pinned in stack-neutral version files (.tool-versions, .nvmrc, .python-version, .ruby-version, global.json).</summary>
internal sealed class VersionFilesDetector : IDetector
{
    private static readonly Dictionary<string, string> SingleVersionFiles = new(StringComparer.Ordinal)
    {
        [".nvmrc"] = "node", [".node-version"] = "node", [".python-version"] = "python", [".ruby-version"] = "ruby",
    };

    public string Id => "common.version-files";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.Language };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        foreach (var file in context.Codebase.Files.Where(f => !f.Path.Contains('/', StringComparison.Ordinal)))
        {
            if (SingleVersionFiles.TryGetValue(file.Path, out var runtime) && FirstValue(context, file) is { } pinned)
            {
                yield return Fact(context, file, runtime, pinned.Text.TrimStart('v'), pinned.Line);
            }
            else if (file.Path == ".tool-versions")
            {
                foreach (var fact in ToolVersions(context, file))
                {
                    yield return fact;
                }
            }
            else if (file.Path == "global.json" && context.FirstLine(file, l => l.Contains("\"version\"", StringComparison.Ordinal)) is { } line)
            {
                // global.json pins the SDK: "sdk": { "version": "9.0.100" }.
                var text = line.Excerpt;
                var parts = text.Split('"');
                if (parts.Length >= 4 && parts[3].Length > 0 && char.IsAsciiDigit(parts[3][0]))
                {
                    yield return Fact(context, file, ".NET SDK", parts[3], line.Line);
                }
            }
        }
    }

    private IEnumerable<ReconFact> ToolVersions(ReconContext context, SourceFile file)
    {
        var lines = context.Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            var words = ShellLines.StripComment(lines[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && !words[0].StartsWith('#'))
            {
                yield return Fact(context, file, words[0] == "nodejs" ? "node" : words[0], words[1], i + 1);
            }
        }
    }

    private static (string Text, int Line)? FirstValue(ReconContext context, SourceFile file)
    {
        var lines = context.Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = ShellLines.StripComment(lines[i]).Trim();
            if (text.Length > 0 && !text.StartsWith('#'))
            {
                return (text, i + 1);
            }
        }

        return null;
    }

    private ReconFact Fact(ReconContext context, SourceFile file, string runtime, string version, int line) =>
        new(ReconTopic.Language, runtime, version, FactStatus.Found, [context.At(file, line)], Id);
}
