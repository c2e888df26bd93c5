using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>Every line of some files that a pattern matches, with its evidence: the search most detectors start from.</summary>
internal static class LineMatches
{
    public static IEnumerable<(SourceFile File, Evidence Evidence, Match Match)> Find(ReconContext context, IEnumerable<SourceFile> files, Regex pattern)
    {
        foreach (var file in files)
        {
            var lines = context.Lines(file);
            for (var i = 0; i < lines.Count; i++)
            {
                var match = pattern.Match(lines[i]);
                if (match.Success)
                {
                    yield return (file, context.At(file, i + 1), match);
                }
            }
        }
    }
}
