using System.Text.RegularExpressions;
using Groundplan.Model.Lint;
using Groundplan.Model.Recon;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP301: when the codebase caches, a step that changes data is followed by cache invalidation.</summary>
internal sealed partial class CacheInvalidationRule : LintRule
{
    public override string Id => "GP301";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "CacheInvalidation";

    public override string Description => "When the codebase has a cache, a plan that changes data has a step that invalidates it.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var caches = context.Index.FactsAbout(ReconTopic.Cache).ToArray();
        if (caches.Length == 0)
        {
            yield break;
        }

        var lines = PlanBody.WorkLines(context).ToArray();
        var write = lines.FirstOrDefault(l => OrmWrite().IsMatch(context.Document.Line(l)) || DataChange().IsMatch(context.Document.Prose(l)));
        var invalidators = context.Index.FactsAbout(ReconTopic.CacheInvalidation).Select(f => f.Name).ToArray();
        // The full name ("Rails.cache.delete") always counts; a last segment only when it is distinctive ("Forget", not "delete").
        var names = invalidators.Select(n => n.Split(' ')[0].TrimEnd(':'))
            .SelectMany(n => new[] { n, n.Split('.')[^1] }.Where(p => p == n || (p.Length > 3 && p.Any(char.IsUpper))))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (write == 0 || lines.Any(l => Invalidation().IsMatch(context.Document.Line(l)) || names.Any(n => context.Document.Line(l).Contains(n, StringComparison.Ordinal))))
        {
            yield break;
        }

        var cache = caches.OrderByDescending(c => c.Evidence.Count).First();
        var where = cache.Evidence.Count > 0 ? $" (`{cache.Evidence[0].Path}:{cache.Evidence[0].Line}`)" : "";
        var example = invalidators.Length > 0 ? $", e.g. call `{invalidators[0]}()`" : "";
        yield return At(write, $"This step changes data, and the codebase caches it ({cache.Name}{where}), but no step invalidates the cache; add a step after the write that invalidates the affected entries{example}.", context.Document.Line(write).Trim());
    }

    // An ORM mutation call or an HTTP write method, in code spans or prose.
    [GeneratedRegex(@"\.(create|createMany|update|updateMany|upsert|delete|deleteMany|insert|save|destroy)\(|\b(POST|PUT|PATCH|DELETE)\b")]
    private static partial Regex OrmWrite();

    // A write verb applied to stored data, in prose (a path such as db/migrate is not "the db", an entry point is not a stored entry).
    [GeneratedRegex(@"\b(insert|inserts|upsert|upserts|update|updates|delete|deletes|destroy|destroys|persist|persists|save|saves|write|writes|toggle|toggles|remove|removes|create|creates)\b[^.]{0,50}\b(row|rows|record|records|database|db|table|entry(?!\s+points?\b)|entries|column|columns|attribute|attributes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DataChange();

    [GeneratedRegex(@"\b(invalidat\w*|revalidat\w*|purge\w*|evict\w*|expire\w*|bust\w*)\b|\b(clear|delete|drop|reset|refresh)\w*\s+(the\s+)?[\w-]{0,20}\s*cache", RegexOptions.IgnoreCase)]
    private static partial Regex Invalidation();
}
