using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Caching: Next.js data cache and revalidation, React cache(), Redis, NestJS cache-manager, in-process maps.</summary>
internal sealed partial class NodeCacheDetector : NodeDetector
{
    public override string Id => "node.cache";

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        var code = project.Sources.Where(f => !NodeTestFiles.IsTest(f.Path)).ToArray();
        var facts = new List<ReconFact>();
        void Mechanism(string name, string value, Regex pattern, IEnumerable<SourceFile>? files = null, Evidence? declared = null)
        {
            var sites = project.Matches(pattern, files ?? code).ToArray();
            if (sites.Length > 0)
            {
                facts.Add(NodeFacts.Found(Id, ReconTopic.Cache, name, $"{value} ({NodeFacts.Plural(sites.Length, "call site")})",
                    [declared, .. sites.Take(NodeFacts.MaxEvidence).Select(s => project.At(s.File, s.Line))]));
            }
        }

        if (project.Dependency("next") is not null)
        {
            Mechanism("unstable_cache", "Next.js data cache, unstable_cache", UnstableCache(), LineMatches.Containing(code, "unstable_cache("));
            Mechanism("use cache", "Next.js \"use cache\" directive", UseCache(), LineMatches.Containing(code, "use cache"));
            Mechanism("fetch revalidate", "Next.js fetch cache, next.revalidate", FetchRevalidate(), LineMatches.Containing(code, "next"));
            Mechanism("segment revalidate", "Next.js route segment revalidate", SegmentRevalidate(), LineMatches.Containing(code, "revalidate"));
        }

        Mechanism("react cache", "React cache() per-request memoisation", ReactCacheCall(), code.Where(f => f.Text.Contains("cache", StringComparison.Ordinal) && ReactCacheImport().IsMatch(f.Text)));
        foreach (var redis in new[] { "ioredis", "redis", "@upstash/redis" }.Select(project.Dependency).OfType<NodeDependency>())
        {
            Mechanism(redis.Name, $"Redis client {redis.Name} {redis.Version}", RedisClient(), declared: redis.Evidence);
        }

        if (project.Dependency("@nestjs/cache-manager") is { } nestCache)
        {
            Mechanism("@nestjs/cache-manager", $"NestJS cache-manager {nestCache.Version}", NestCache(), declared: nestCache.Evidence);
        }

        var maps = project.Matches(MemoMap(), code, "Map").ToArray();
        foreach (var map in maps)
        {
            facts.Add(NodeFacts.Found(Id, ReconTopic.Cache, map.Match.Groups[1].Value, "in-process Map memo", [project.At(map.File, map.Line)]));
        }

        facts.AddRange(NodeCacheInvalidation.Facts(project, Id, code, maps.Select(m => m.Match.Groups[1].Value).ToArray()));
        return facts;
    }

    [GeneratedRegex(@"\bunstable_cache\(")]
    private static partial Regex UnstableCache();

    [GeneratedRegex(@"^\s*['""]use cache(?::\s*\w+)?['""]")]
    private static partial Regex UseCache();

    [GeneratedRegex(@"\bnext\s*:\s*\{[^}]*\b(?:revalidate|tags)\s*:")]
    private static partial Regex FetchRevalidate();

    [GeneratedRegex(@"^export\s+const\s+revalidate\s*=")]
    private static partial Regex SegmentRevalidate();

    [GeneratedRegex(@"import\s*\{[^}]*\bcache\b[^}]*\}\s*from\s*['""]react['""]")]
    private static partial Regex ReactCacheImport();

    [GeneratedRegex(@"(?<![.\w])cache\(")]
    private static partial Regex ReactCacheCall();

    [GeneratedRegex(@"\bnew\s+Redis\(|\bcreateClient\(|\bRedis\.fromEnv\(")]
    private static partial Regex RedisClient();

    [GeneratedRegex(@"\bCacheModule\.register(?:Async)?\(|@CacheKey\(|@CacheTTL\(|\bCacheInterceptor\b|@Inject\(\s*CACHE_MANAGER\s*\)")]
    private static partial Regex NestCache();

    [GeneratedRegex(@"^(?:export\s+)?(?:const|let)\s+(\w*(?:[cC]ache|[mM]emo)\w*)\s*(?::[^=]+)?=\s*new\s+Map\b")]
    private static partial Regex MemoMap();
}
