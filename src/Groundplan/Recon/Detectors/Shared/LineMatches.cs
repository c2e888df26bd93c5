using System.Buffers;
using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>Every line of some files that a pattern matches, with its evidence: the search most detectors start from.</summary>
internal static class LineMatches
{
    /// <summary>
    /// The files that hold one of <paramref name="required"/>, text every match of a pattern contains: most files cannot match,
    /// and splitting and scanning their lines (and compiling a pattern that never runs) is most of a detector's time.
    /// </summary>
    public static IEnumerable<SourceFile> Containing(IEnumerable<SourceFile> files, params string[] required)
    {
        if (required.Length == 1)
        {
            return files.Where(f => f.Text.Contains(required[0], StringComparison.Ordinal));
        }

        // Several literals: one vectorised pass over each text instead of one per literal.
        var any = SearchValues.Create(required, StringComparison.Ordinal);
        return files.Where(f => f.Text.AsSpan().ContainsAny(any));
    }

    /// <param name="context">The run's context (lines are split once per file).</param>
    /// <param name="files">The files to search, in the order results should come.</param>
    /// <param name="pattern">The pattern a line must match.</param>
    /// <param name="skipHashComments">Skip lines that are '#' comments (Ruby, Python, shell, YAML).</param>
    public static IEnumerable<(SourceFile File, Evidence Evidence, Match Match)> Find(
        ReconContext context, IEnumerable<SourceFile> files, Regex pattern, bool skipHashComments = false)
    {
        Func<string, bool>? skip = skipHashComments ? line => line.TrimStart().StartsWith('#') : null;
        foreach (var file in files)
        {
            foreach (var (line, text, match) in LineScan.In(context, file, pattern, skip))
            {
                yield return (file, ReconContext.At(file, line, text), match);
            }
        }
    }

    /// <summary>
    /// Like <see cref="Find(ReconContext, IEnumerable{SourceFile}, Regex, bool)"/> for a pattern every match of which holds one of
    /// <paramref name="lineLiterals"/>: only lines holding one are matched. For patterns that start with a word loop (\w*cache\w*\.Remove)
    /// the regex tries every word of a text; the literal search skips the lines that cannot match.
    /// </summary>
    public static IEnumerable<(SourceFile File, Evidence Evidence, Match Match)> Find(
        ReconContext context, IEnumerable<SourceFile> files, Regex pattern, IReadOnlyList<string> lineLiterals)
    {
        var literals = SearchValues.Create([.. lineLiterals], StringComparison.Ordinal);
        foreach (var file in files.Where(f => f.Text.AsSpan().ContainsAny(literals)))
        {
            var lines = context.Lines(file);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].AsSpan().ContainsAny(literals) && pattern.Match(lines[i]) is { Success: true } match)
                {
                    yield return (file, context.At(file, i + 1), match);
                }
            }
        }
    }
}
