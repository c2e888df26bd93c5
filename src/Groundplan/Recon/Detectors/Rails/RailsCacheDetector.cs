using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>Rails.cache calls, the configured cache store, view fragment caching, and how the code expires cached data.</summary>
internal sealed partial class RailsCacheDetector : IDetector
{
    // A few call sites are enough to imitate; more only lengthen the report.
    private const int MaxSites = 3;

    public string Id => "rails.cache";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (RailsApp.Find(context) is not { } app)
        {
            yield break;
        }

        var code = app.Files("app/", ".rb").Concat(app.Files("lib/", ".rb")).ToArray();
        var calls = app.Grep(code, CacheCall()).ToArray();
        var reads = calls.Where(c => c.Match.Groups[1].Value is "fetch" or "read" or "write" or "exist?" or "fetch_multi" or "read_multi" or "write_multi").ToArray();
        if (reads.Length > 0)
        {
            var methods = reads.Select(r => r.Match.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            yield return Sites(app, ReconTopic.Cache, "Rails.cache", string.Join(", ", methods.Select(m => "Rails.cache." + m)), reads);
        }

        foreach (var store in app.Grep(app.Files("config/", ".rb"), CacheStore()).GroupBy(h => h.Match.Groups[1].Value).Order(KeyOrder))
        {
            yield return Sites(app, ReconTopic.Cache, "cache_store", store.Key, store);
        }

        var fragments = app.Grep(app.Files("app/views/"), Fragment()).ToArray();
        if (fragments.Length > 0)
        {
            yield return Sites(app, ReconTopic.Cache, "fragment", "view fragment caching (<% cache %>)", fragments);
        }

        foreach (var deletes in calls.Where(c => c.Match.Groups[1].Value is "delete" or "delete_matched" or "delete_multi" or "clear")
            .GroupBy(c => "Rails.cache." + c.Match.Groups[1].Value).Order(KeyOrder))
        {
            yield return Sites(app, ReconTopic.CacheInvalidation, deletes.Key, "deletes cache entries", deletes);
        }

        var touchAssociations = app.Grep(app.Files("app/models/", ".rb"), TouchOption()).ToArray();
        if (touchAssociations.Length > 0)
        {
            yield return Sites(app, ReconTopic.CacheInvalidation, "touch: true", "belongs_to touch: true bumps the parent's cache key", touchAssociations);
        }

        var touches = app.Grep(code, TouchCall()).ToArray();
        if (touches.Length > 0)
        {
            yield return Sites(app, ReconTopic.CacheInvalidation, "touch", "record.touch bumps updated_at and the cache key", touches);
        }

        foreach (var expire in app.Grep(code, Expire()).GroupBy(h => h.Match.Groups[1].Value).Order(KeyOrder))
        {
            yield return Sites(app, ReconTopic.CacheInvalidation, expire.Key, "expires cached views", expire);
        }
    }

    private static readonly IComparer<IGrouping<string, (Evidence, Match)>> KeyOrder =
        Comparer<IGrouping<string, (Evidence, Match)>>.Create((a, b) => string.CompareOrdinal(a.Key, b.Key));

    private ReconFact Sites(RailsApp app, string topic, string name, string value, IEnumerable<(Evidence Evidence, Match Match)> hits) =>
        app.Fact(topic, name, value, Id, hits.Select(h => h.Evidence).Take(MaxSites).ToArray());

    [GeneratedRegex(@"\bRails\.cache\.(fetch_multi|read_multi|write_multi|delete_matched|delete_multi|fetch|read|write|exist\?|delete|clear)\b")]
    private static partial Regex CacheCall();

    [GeneratedRegex(@"\bconfig\.cache_store\s*=\s*:(\w+)")]
    private static partial Regex CacheStore();

    [GeneratedRegex(@"<%\s*cache[\s(]")]
    private static partial Regex Fragment();

    [GeneratedRegex(@"^\s*belongs_to\s+:\w+.*\btouch:\s*true")]
    private static partial Regex TouchOption();

    [GeneratedRegex(@"[\w@)\]]\.touch\b(?!:)")]
    private static partial Regex TouchCall();

    [GeneratedRegex(@"\b(expire_fragment|expire_page|expire_action)\b")]
    private static partial Regex Expire();
}
