using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>File name case per extension, with the share and two examples; a mixed convention is reported as mixed with its shares.</summary>
internal sealed class FileNamingDetector : IDetector
{
    // Fewer named files than this show no convention.
    private const int MinimumFiles = 3;

    private const string FactPrefix = "file names *";

    // A convention holds when this share of the files that show a case follow it.
    private const double Dominant = 0.8;

    public string Id => "common.file-naming";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var named = context.Codebase.Files
            .Where(f => LanguagesDetector.IsCode(f) && !IsHidden(f.Path))
            .Select(f => (File: f, Case: NameCase.Of(NameCase.Stem(f.Path))))
            .Where(f => f.Case is not null)
            .GroupBy(f => RepoPaths.Extension(f.File.Path));
        foreach (var group in named.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = group.ToArray();
            if (files.Length < MinimumFiles || group.Key.Length == 0)
            {
                continue;
            }

            var byCase = files.GroupBy(f => f.Case!).Select(g => (Case: g.Key, Files: g.Select(x => x.File).ToArray()))
                .OrderByDescending(g => g.Files.Length).ThenBy(g => g.Case, StringComparer.Ordinal).ToArray();
            var top = byCase[0];
            string value;
            Evidence[] evidence;
            if ((double)top.Files.Length / files.Length >= Dominant)
            {
                value = $"{top.Case} ({top.Files.Length} of {files.Length} names that show a case)";
                evidence = top.Files.DistinctBy(f => NameCase.Stem(f.Path)).Take(2).Select(f => context.At(f, 1)).ToArray();
            }
            else
            {
                value = "mixed: " + string.Join(", ", byCase.Select(c => $"{c.Case} {c.Files.Length} ({Math.Round(100.0 * c.Files.Length / files.Length, MidpointRounding.AwayFromZero):0}%)"));
                evidence = byCase.Take(2).Select(c => context.At(c.Files[0], 1)).ToArray();
            }

            yield return new ReconFact(ReconTopic.Naming, $"{FactPrefix}.{group.Key}", value, FactStatus.Found, evidence, Id);
        }
    }

    /// <summary>
    /// The case convention recon found for files named like <paramref name="fileName"/> (by its extension), or null
    /// when it found none or a mixed one.
    /// </summary>
    public static string? ConventionFor(IEnumerable<ReconFact> facts, string fileName) =>
        facts.Where(f => f.Topic == ReconTopic.Naming && f.Name.StartsWith(FactPrefix, StringComparison.Ordinal) && fileName.EndsWith(f.Name[FactPrefix.Length..], StringComparison.Ordinal))
            .Select(f => f.Value.Split(' ')[0])
            .FirstOrDefault(v => v is NameCase.Kebab or NameCase.Pascal or NameCase.Snake or NameCase.Camel);

    // Dot-folders (.github, .husky) hold tool config, not code whose names the team chose.
    private static bool IsHidden(string path) => path.StartsWith('.') || path.Contains("/.", StringComparison.Ordinal);
}
