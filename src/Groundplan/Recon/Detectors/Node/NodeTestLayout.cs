using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Where unit and e2e tests live, their naming pattern with examples, and the shared helpers beside them.</summary>
internal static partial class NodeTestLayout
{
    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector, IReadOnlyList<string> e2eFolders)
    {
        var tests = project.Sources.Where(f => NodeTestFiles.IsTest(f.Path)).ToArray();
        foreach (var kind in tests.GroupBy(f => NodeTestFiles.IsEndToEnd(f.Path, e2eFolders) ? "e2e" : "unit").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = kind.ToArray();
            var folder = NodeTestFiles.CommonFolder(files);
            var beside = kind.Key == "unit" && files.Any(f => !IsTestFolder(f.Path));
            var where = beside ? "next to the code they cover" : "in " + (folder.Length == 0 ? "the repository root" : folder);
            yield return NodeFacts.Found(detector, ReconTopic.TestLocation, folder.Length == 0 ? "./" : folder,
                $"{kind.Key} tests {where} ({NodeFacts.Plural(files.Length, "file")})", Examples(project, files));

            foreach (var pattern in files.GroupBy(f => NodeTestFiles.Pattern(f.Path)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                yield return NodeFacts.Found(detector, ReconTopic.TestNaming, kind.Key, pattern.Key, Examples(project, pattern));
            }
        }

        // Helpers are the non-test files inside test folders (tests/, test/, __tests__/, e2e/).
        foreach (var helper in project.Sources.Where(f => !NodeTestFiles.IsTest(f.Path) && IsTestFolder(f.Path)))
        {
            var exports = project.Matches(Export(), [helper]).ToArray();
            if (exports.Length > 0)
            {
                var names = string.Join(", ", exports.Select(e => e.Match.Groups[1].Value));
                yield return NodeFacts.Found(detector, ReconTopic.TestFixture, helper.Path, "shared test helper: " + names, [project.At(helper, exports[0].Line)]);
            }
        }
    }

    private static bool IsTestFolder(string path) => path.Split('/').SkipLast(1).Any(s => s is "test" or "tests" or "__tests__" or "e2e" or "cypress");

    private static IEnumerable<Evidence?> Examples(NodeProject project, IEnumerable<SourceFile> files) =>
        files.Take(NodeFacts.MaxEvidence).Select(f => project.Context.FirstLine(f, l => TestCall().IsMatch(l)) ?? project.At(f, 1));

    [GeneratedRegex(@"^\s*(?:describe|test|it)(?:\.\w+)?\(")]
    private static partial Regex TestCall();

    [GeneratedRegex(@"^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)")]
    private static partial Regex Export();
}
