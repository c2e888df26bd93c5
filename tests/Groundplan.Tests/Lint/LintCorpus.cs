using System.Collections.Concurrent;
using Groundplan.Ingest;
using Groundplan.Lint;
using Groundplan.Model;

namespace Groundplan.Tests.Lint;

/// <summary>The lint fixtures: clean plans and seeded-defect cases, each with the codebase it is linted against.</summary>
internal static class LintCorpus
{
    private static readonly ConcurrentDictionary<string, Codebase> Codebases = new(StringComparer.Ordinal);

    public static readonly PlanLinter Linter = new();

    public static string Root => Path.Combine(TestPaths.Fixtures, "lint");

    /// <summary>Directory name under clean/ and corpus/ to the codebase: "inkwell" is the sample, the rest are recon fixtures.</summary>
    public static Codebase Codebase(string name) => Codebases.GetOrAdd(name, n =>
        new CodebaseLoader().Load(n == "inkwell" ? Path.Combine(TestPaths.Samples, "inkwell") : Path.Combine(TestPaths.Fixtures, "recon", n), new IngestOptions { CountTokens = false }));

    public static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string RepoOf(string relative) => relative.Split('/')[1];
}
