using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>How test files are named (<c>*.test.ts</c>, <c>*_test.go</c>, <c>test_*.py</c>, <c>*_spec.rb</c>, <c>*Tests.cs</c>), with two examples.</summary>
internal sealed partial class TestNamingDetector : IDetector
{
    public string Id => "common.test-naming";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var matches = context.Codebase.Files
            .Select(f => (File: f, Pattern: Pattern(RepoPaths.FileName(f.Path))))
            .Where(m => m.Pattern is not null)
            .GroupBy(m => m.Pattern!);
        foreach (var group in matches.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = group.Select(m => m.File).ToArray();
            var value = $"{group.Key} ({files.Length} {(files.Length == 1 ? "file" : "files")})";
            yield return new ReconFact(ReconTopic.Naming, "test files", value, FactStatus.Found, files.Take(2).Select(f => context.At(f, 1)).ToArray(), Id);
        }
    }

    private static string? Pattern(string name)
    {
        var match = TestFile().Match(name);
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["dotted"].Success)
        {
            return $"*.{match.Groups["dotted"].Value}.{match.Groups["ext"].Value}";
        }

        return match.Groups["prefix"].Success ? "test_*.py" : "*" + match.Groups["suffix"].Value;
    }

    [GeneratedRegex(@"^(?:[^.]+\.(?<dotted>test|spec)\.(?<ext>[cm]?[jt]sx?)|test_\w+(?<prefix>\.py)|\w+?(?<suffix>_test\.go|_test\.py|_spec\.rb|_test\.rb|Tests\.cs|Test\.cs|Test\.java|Tests\.java|Test\.kt))$")]
    private static partial Regex TestFile();
}
