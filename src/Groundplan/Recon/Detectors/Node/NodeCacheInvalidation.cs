using System.Buffers;
using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>The cache invalidation functions the code already calls, one fact per function, with call sites to imitate.</summary>
internal static partial class NodeCacheInvalidation
{
    // A vectorised case-insensitive search: string.Contains with OrdinalIgnoreCase compares char by char in invariant mode.
    private static readonly SearchValues<string> Redis = SearchValues.Create(["redis"], StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ReconFact> Facts(NodeProject project, string detector, SourceFile[] code, IReadOnlyList<string> memoMaps)
    {
        // Without next these names are the project's own functions (an Angular service's updateTag), not Next.js's cache API.
        var next = project.Dependency("next") is not null;
        var calls = next
            ? project.Matches(NextInvalidation(), code, "revalidate", "updateTag(", "expire").Where(c => !c.File.Text.Contains("function " + c.Match.Groups[1].Value, StringComparison.Ordinal) && !MethodDeclaration().IsMatch(c.Match.Groups[2].Value)).ToArray()
            : [];
        foreach (var function in calls.GroupBy(c => c.Match.Groups[1].Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return Fact(project, detector, function.Key, "Next.js", function.ToArray(), null);
        }

        // Project functions named for invalidation that wrap the framework's invalidation are what new writes should call.
        // A name declared in many files (copies of one module) is searched for once.
        var sitesByName = new Dictionary<string, (SourceFile File, int Line, Match Match)[]>(StringComparer.Ordinal);
        foreach (var (file, line, match) in next ? Declarations(code) : [])
        {
            var name = match.Groups[1].Value;
            if (!InvalidationName().IsMatch(name))
            {
                continue;
            }

            var wrapped = FunctionBody.After(project.Context.Lines(file), line - 1).SelectMany(l => NextInvalidation().Matches(l)).Select(m => m.Groups[1].Value).Distinct().ToArray();
            if (wrapped.Length == 0)
            {
                continue;
            }

            if (!sitesByName.TryGetValue(name, out var sites))
            {
                sites = project.Matches(new Regex(@"(?<![\w.])" + name + @"\("), code, name + "(").Where(s => !FunctionDeclaration().IsMatch(project.Context.Lines(s.File)[s.Line - 1])).ToArray();
                sitesByName[name] = sites;
            }

            if (sites.Length > 0)
            {
                yield return Fact(project, detector, name, "wraps " + string.Join(", ", wrapped), sites, project.At(file, line));
            }
        }

        var redisFiles = code.Where(f => f.Text.AsSpan().ContainsAny(Redis)).ToArray();
        foreach (var function in project.Matches(RedisDelete(), redisFiles).GroupBy(c => c.Match.Value.TrimEnd('(')))
        {
            yield return Fact(project, detector, function.Key, "Redis", function.ToArray(), null);
        }

        foreach (var function in project.Matches(CacheManagerDelete(), code, "acheManager.").GroupBy(c => c.Match.Value.TrimEnd('(')))
        {
            yield return Fact(project, detector, function.Key, "cache-manager", function.ToArray(), null);
        }

        foreach (var map in memoMaps)
        {
            var sites = project.Matches(new Regex(@"\b" + map + @"\.(?:delete|clear)\("), code, map + ".").ToArray();
            foreach (var function in sites.GroupBy(s => s.Match.Value.TrimEnd('(')))
            {
                yield return Fact(project, detector, function.Key, "in-process Map", function.ToArray(), null);
            }
        }
    }

    // Function declarations found over each file's whole text: a declaration starts its line, so no line is split or
    // matched one by one (this pass alone split every file of a 3,000-file tree into lines).
    private static IEnumerable<(SourceFile File, int Line, Match Match)> Declarations(IEnumerable<SourceFile> files)
    {
        foreach (var file in files.Where(f => f.Text.Contains("function", StringComparison.Ordinal)))
        {
            var (line, counted) = (1, 0);
            foreach (Match match in FunctionDeclarationInText().Matches(file.Text))
            {
                line += file.Text.AsSpan(counted, match.Index - counted).Count('\n');
                counted = match.Index;
                yield return (file, line, match);
            }
        }
    }

    private static ReconFact Fact(NodeProject project, string detector, string name, string what, (SourceFile File, int Line, Match Match)[] sites, Evidence? definition) =>
        NodeFacts.Found(detector, ReconTopic.CacheInvalidation, name, $"{name} ({what}; {NodeFacts.Plural(sites.Length, "call site")})",
            [.. sites.Take(NodeFacts.MaxEvidence).Select(s => project.At(s.File, s.Line)), definition]);

    // Group 2 is the rest of the line, to tell a call from a method declaration.
    [GeneratedRegex(@"(?<![\w.])(revalidatePath|revalidateTag|updateTag|expirePath|expireTag)\((?=(.*)$)")]
    private static partial Regex NextInvalidation();

    // `updateTag(tag: Tag) {` or `updateTag(id: number): void {` declares a method; a call is never followed by a body.
    [GeneratedRegex(@"^[^()]*\)\s*(?::[^=;]*)?\{\s*$")]
    private static partial Regex MethodDeclaration();

    [GeneratedRegex(@"^(?:export\s+)?(?:async\s+)?function\s+(\w+)\s*\(")]
    private static partial Regex FunctionDeclaration();

    // FunctionDeclaration at any line start of a whole text; [ \t] where it has \s, so a match never spans lines.
    [GeneratedRegex(@"^(?:export[ \t]+)?(?:async[ \t]+)?function[ \t]+(\w+)[ \t]*\(", RegexOptions.Multiline)]
    private static partial Regex FunctionDeclarationInText();

    // A server action that happens to revalidate (logIn) is not an invalidation helper; a function named for it is.
    [GeneratedRegex(@"(?i)revalidat|invalidat|cache|purge|bust|expire|refresh")]
    private static partial Regex InvalidationName();

    [GeneratedRegex(@"\b\w*[rR]edis\w*\.(?:del|unlink)\(")]
    private static partial Regex RedisDelete();

    [GeneratedRegex(@"\b\w*[cC]acheManager\.(?:del|reset|clear)\(")]
    private static partial Regex CacheManagerDelete();
}
