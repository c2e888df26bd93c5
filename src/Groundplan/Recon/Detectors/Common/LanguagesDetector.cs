using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>The languages the code is written in, by file count and bytes, each with its largest file as the example.</summary>
internal sealed class LanguagesDetector : IDetector
{
    // Data, configuration and prose: they say nothing about what the code is written in.
    private static readonly HashSet<string> NotCode = new(StringComparer.Ordinal)
    {
        "json", "json5", "yaml", "toml", "ini", "xml", "markdown", "rst", "just", "makefile", "dockerfile",
    };

    // Below both shares a language is incidental (a helper script, a config file in JavaScript).
    private const double MeaningfulShare = 0.10;

    public string Id => "common.languages";


    public IReadOnlySet<string> Topics { get; } = new HashSet<string>(StringComparer.Ordinal) { ReconTopic.Language };

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var code = context.Codebase.Files.Where(f => f.Language.Length > 0 && !NotCode.Contains(f.Language)).ToArray();
        var totalBytes = Math.Max(1, code.Sum(f => f.Size));
        foreach (var group in code.GroupBy(f => f.Language))
        {
            var files = group.Count();
            var bytes = group.Sum(f => f.Size);
            double fileShare = (double)files / code.Length, byteShare = (double)bytes / totalBytes;
            if (fileShare < MeaningfulShare && byteShare < MeaningfulShare)
            {
                continue;
            }

            var example = group.OrderByDescending(f => f.Size).ThenBy(f => f.Path, StringComparer.Ordinal).First();
            var value = $"{files} {(files == 1 ? "file" : "files")} ({Percent(fileShare)}), {Percent(byteShare)} of code bytes";
            yield return new ReconFact(ReconTopic.Language, group.Key, value, FactStatus.Found, [context.At(example, 1)], Id);
        }
    }

    private static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%";

    internal static bool IsCode(SourceFile file) => file.Language.Length > 0 && !NotCode.Contains(file.Language);
}
