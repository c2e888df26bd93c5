using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>ASP.NET Core caching (IMemoryCache, IDistributedCache, HybridCache, output and response caching) and the invalidation calls in use.</summary>
internal sealed partial class DotNetCacheDetector : IDetector
{
    private static readonly (string Name, string Value, Regex Pattern, string[] Required)[] Mechanisms =
    [
        ("IMemoryCache", "in-process memory cache", MemoryCache(), ["MemoryCache"]),
        ("IDistributedCache", "distributed cache", DistributedCache(), ["IDistributedCache", "AddStackExchangeRedisCache(", "AddDistributedMemoryCache("]),
        ("HybridCache", "hybrid in-process and distributed cache", HybridCache(), ["HybridCache"]),
        ("output caching", "AddOutputCache with [OutputCache] or CacheOutput", OutputCache(), ["OutputCache", "CacheOutput("]),
        ("response caching", "AddResponseCaching with [ResponseCache]", ResponseCache(), ["AddResponseCaching(", "[ResponseCache"]),
    ];

    public string Id => "dotnet.cache";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DotNetProject.LoadAll(context).Count == 0)
        {
            yield break;
        }

        var code = DotNetProject.HandWrittenCSharpFiles(context);
        var found = false;
        foreach (var (name, value, pattern, required) in Mechanisms)
        {
            var lines = GoProject.Matches(context, LineMatches.Containing(code, required), pattern).Select(m => m.Evidence).ToArray();
            if (lines.Length > 0)
            {
                found = true;
                yield return new ReconFact(ReconTopic.Cache, name, value, FactStatus.Found, lines.Take(3).ToArray(), Id);
            }
        }

        if (!found)
        {
            yield break;
        }

        foreach (var fact in StackFacts.Invalidations(context, code, Invalidation(), InvalidationLiterals, Id))
        {
            yield return fact;
        }
    }

    [GeneratedRegex(@"\b(?:AddMemoryCache\(|IMemoryCache\b)")]
    private static partial Regex MemoryCache();

    [GeneratedRegex(@"\b(?:IDistributedCache\b|AddStackExchangeRedisCache\(|AddDistributedMemoryCache\()")]
    private static partial Regex DistributedCache();

    [GeneratedRegex(@"\b(?:AddHybridCache\(|HybridCache\s+\w)")]
    private static partial Regex HybridCache();

    [GeneratedRegex(@"\b(?:AddOutputCache\(|CacheOutput\(|\[OutputCache\b)")]
    private static partial Regex OutputCache();

    [GeneratedRegex(@"\b(?:AddResponseCaching\(|\[ResponseCache\b)")]
    private static partial Regex ResponseCache();

    // Text every match of Invalidation() holds.
    private static readonly string[] InvalidationLiterals = [".Remove", "EvictByTagAsync"];

    // Removals on something named like a cache, and tag eviction of output or hybrid caches.
    [GeneratedRegex(@"(?<call>\b\w*[cC]ache\w*\.(?:Remove|RemoveAsync|RemoveByTagAsync|EvictByTagAsync))\(|(?<call>\bEvictByTagAsync)\(")]
    private static partial Regex Invalidation();
}
