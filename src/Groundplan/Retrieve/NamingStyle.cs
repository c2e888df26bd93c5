using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Common;

namespace Groundplan.Retrieve;

/// <summary>
/// The case a new file's name takes when the sibling it is named after is one lower-case word and shows none
/// (reader.service.ts says nothing about recently-added.service.ts): the case most names in that folder use, else
/// the repository's convention for the extension as recon found it, so proposals agree with what lint GP208 checks.
/// </summary>
internal static class NamingStyle
{
    /// <summary>'k' kebab, 's' snake, 'P' Pascal, 'c' camel; null when neither the folder nor recon shows a case.</summary>
    public static char? For(RankingRun run, string directory, string fileName)
    {
        var inFolder = run.Files
            .Where(f => PathKinds.Directory(f.Path) == directory)
            .Select(f => NameCase.Of(NameCase.Stem(f.Path)))
            .OfType<string>()
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        return Char(inFolder ?? FileNamingDetector.ConventionFor(run.Recon.About(ReconTopic.Naming), fileName));
    }

    private static char? Char(string? nameCase) => nameCase switch
    {
        NameCase.Kebab => 'k',
        NameCase.Snake => 's',
        NameCase.Pascal => 'P',
        NameCase.Camel => 'c',
        _ => null,
    };
}
