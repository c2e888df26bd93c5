using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>Go caches (go-redis, groupcache, ristretto, in-process sync.Map or cache types) and the invalidation calls the code makes.</summary>
internal sealed partial class GoCacheDetector : IDetector
{
    private static readonly (string Module, string Name)[] Libraries =
    [
        ("github.com/redis/go-redis", "go-redis"), ("github.com/go-redis/redis", "go-redis"), ("github.com/golang/groupcache", "groupcache"),
        ("github.com/dgraph-io/ristretto", "ristretto"), ("github.com/patrickmn/go-cache", "go-cache"), ("github.com/bradfitz/gomemcache", "memcache"),
    ];

    public string Id => "go.cache";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var go = GoProject.Load(context);
        if (go is null)
        {
            yield break;
        }

        var code = go.CodeFiles.ToArray();
        foreach (var (module, name) in Libraries)
        {
            if (go.Require(module) is { } requirement)
            {
                var use = GoProject.Matches(context, LineMatches.Containing(go.Importing(module), ".New"), ClientConstructor()).FirstOrDefault();
                Evidence[] evidence = use.File is null ? [requirement.Evidence] : [requirement.Evidence, use.Evidence];
                yield return new ReconFact(ReconTopic.Cache, name, requirement.Version, FactStatus.Found, evidence, Id);
            }
        }

        var syncMap = GoProject.Matches(context, LineMatches.Containing(code, "sync.Map"), SyncMap()).FirstOrDefault();
        if (syncMap.File is not null)
        {
            yield return new ReconFact(ReconTopic.Cache, "sync.Map", "in-process map", FactStatus.Found, [syncMap.Evidence], Id);
        }

        foreach (var (_, evidence, match) in GoProject.Matches(context, LineMatches.Containing(code, "ache"), CacheType()))
        {
            yield return new ReconFact(ReconTopic.Cache, match.Groups[1].Value, "in-process cache type", FactStatus.Found, [evidence], Id);
        }

        // Invalidation: deletes on something named like a cache, or redis Del/Unlink with a context.
        foreach (var fact in StackFacts.Invalidations(context, LineMatches.Containing(code, "ache", "rdb", "edis"), Invalidation(), InvalidationLiterals, Id))
        {
            yield return fact;
        }
    }

    [GeneratedRegex(@"\b(?:redis\.NewClient|redis\.NewClusterClient|redis\.NewUniversalClient|groupcache\.NewGroup|ristretto\.NewCache|cache\.New|memcache\.New)\(")]
    private static partial Regex ClientConstructor();

    [GeneratedRegex(@"\bsync\.Map\b")]
    private static partial Regex SyncMap();

    [GeneratedRegex(@"^type\s+(\w*[Cc]ache\w*)\s+struct\b")]
    private static partial Regex CacheType();

    // Text every match of Invalidation() holds (".Del" covers Delete).
    private static readonly string[] InvalidationLiterals = [".Del", ".Unlink", ".Invalidate", ".Evict", ".Remove", ".Purge", ".Clear", ".Forget"];

    [GeneratedRegex(@"(?<call>\b\w*(?:[cC]ache|rdb|[rR]edis)\w*\.(?:Delete|Del|Unlink|Invalidate|Evict|Remove|Purge|Clear|Forget))\(")]
    private static partial Regex Invalidation();
}
