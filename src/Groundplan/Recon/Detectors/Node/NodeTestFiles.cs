using System.Text.RegularExpressions;
using Groundplan.Model;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Which sources are tests, of which kind, and how they are named.</summary>
internal static partial class NodeTestFiles
{
    public static bool IsTest(string path) => TestName().IsMatch(path.Split('/')[^1]) || path.Contains("/__tests__/", StringComparison.Ordinal) || path.StartsWith("__tests__/", StringComparison.Ordinal);

    public static bool IsEndToEnd(string path, IReadOnlyList<string> e2eFolders) =>
        e2eFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal))
        || path.Split('/').Any(s => s is "e2e" or "cypress")
        || path.Contains(".e2e-spec.", StringComparison.Ordinal) || path.Contains(".e2e.", StringComparison.Ordinal);

    /// <summary>The file name pattern, e.g. <c>*.test.ts</c> or <c>*.e2e-spec.ts</c>; files in __tests__ without a suffix give <c>__tests__/*.ts</c>.</summary>
    public static string Pattern(string path)
    {
        var name = path.Split('/')[^1];
        var match = TestName().Match(name);
        return match.Success ? "*" + name[match.Index..] : "__tests__/*" + name[name.LastIndexOf('.')..];
    }

    /// <summary>The folder the files share, with a trailing slash ("" when they share none).</summary>
    public static string CommonFolder(IEnumerable<SourceFile> files)
    {
        string? common = null;
        foreach (var file in files)
        {
            var folder = file.Path[..(file.Path.LastIndexOf('/') + 1)];
            common = common is null ? folder : Shared(common, folder);
        }

        return common ?? string.Empty;
    }

    private static string Shared(string a, string b)
    {
        var length = 0;
        for (var i = 0; i < Math.Min(a.Length, b.Length) && a[i] == b[i]; i++)
        {
            if (a[i] == '/')
            {
                length = i + 1;
            }
        }

        return a[..length];
    }

    [GeneratedRegex(@"\.(test|spec|e2e-spec|e2e|cy)\.[cm]?[jt]sx?$")]
    private static partial Regex TestName();
}
