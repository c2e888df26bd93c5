using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Django;

/// <summary>Django's cache framework: the CACHES backend, low-level cache calls, per-view caching, and the deletes that invalidate.</summary>
internal sealed partial class DjangoCacheDetector : IDetector
{
    private const int MaxSites = 3;

    public string Id => "django.cache";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (DjangoProject.Find(context) is not { } project)
        {
            yield break;
        }

        if (project.Settings is { } settings && context.FirstLine(settings, l => l.TrimStart().StartsWith("CACHES", StringComparison.Ordinal)) is { } caches)
        {
            var backend = project.Grep([settings], Backend()).Where(h => h.Evidence.Line > caches.Line).FirstOrDefault();
            yield return project.Fact(ReconTopic.Cache, "CACHES", backend.Evidence is null ? "configured" : backend.Match.Groups[1].Value, Id, caches, backend.Evidence);
        }

        // Only files that import Django's cache: a bare cache.get elsewhere may be anything.
        var users = project.PythonFiles().Where(f => context.Lines(f).Any(l => CacheImport().IsMatch(l))).ToArray();
        var calls = project.Grep(users, CacheCall()).ToArray();
        var reads = calls.Where(c => c.Match.Groups[1].Value is "get" or "set" or "get_or_set" or "add" or "get_many" or "set_many").ToArray();
        if (reads.Length > 0)
        {
            var methods = reads.Select(r => "cache." + r.Match.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            yield return Sites(project, ReconTopic.Cache, "django.core.cache", string.Join(", ", methods), reads);
        }

        var perView = project.Grep(project.PythonFiles(), PerView()).ToArray();
        if (perView.Length > 0)
        {
            yield return Sites(project, ReconTopic.Cache, "cache_page", "per-view caching (@cache_page)", perView);
        }

        foreach (var deletes in calls.Where(c => c.Match.Groups[1].Value is "delete" or "delete_many" or "clear" or "touch")
            .GroupBy(c => "cache." + c.Match.Groups[1].Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            yield return Sites(project, ReconTopic.CacheInvalidation, deletes.Key, "deletes cache entries", deletes);
        }
    }

    private ReconFact Sites(DjangoProject project, string topic, string name, string value, IEnumerable<(Evidence Evidence, Match Match)> hits) =>
        project.Fact(topic, name, value, Id, hits.Select(h => h.Evidence).Take(MaxSites).ToArray());

    [GeneratedRegex("""["']BACKEND["']\s*:\s*["']([\w.]+)["']""")]
    private static partial Regex Backend();

    [GeneratedRegex(@"^\s*from\s+django\.core\.cache\s+import\s+.*\bcache\b")]
    private static partial Regex CacheImport();

    [GeneratedRegex(@"\bcache\.(get_or_set|get_many|set_many|delete_many|get|set|add|delete|clear|touch)\(")]
    private static partial Regex CacheCall();

    [GeneratedRegex(@"(?:^\s*@cache_page\(|\bcache_page\(\s*\d)")]
    private static partial Regex PerView();
}
