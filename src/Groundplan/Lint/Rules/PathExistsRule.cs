using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP201: every path the plan presents as existing exists (case-sensitive), with a "did you mean".</summary>
internal sealed class PathExistsRule : LintRule
{
    public override string Id => "GP201";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "PathExists";

    public override string Description => "Every path presented as existing exists in the codebase (case-sensitive); near misses get a suggestion.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var paths = context.Index.Paths;
        var missing = context.References
            .Where(r => r.Reading.Kind is SpanKind.Path or SpanKind.LineReference && !r.MarkedNew)
            .Where(r => !IsCreated(context, r.Reading.Value) && !Exists(paths, r.Reading.Value) && !IsExportPath(r.Reading.Value))
            .GroupBy(r => r.Reading.Value, StringComparer.Ordinal);
        foreach (var group in missing)
        {
            var first = group.First();
            var path = group.Key;
            var suggestion = path.Contains('/', StringComparison.Ordinal) || paths.Named(path).Count == 0 ? paths.Suggest(path) : null;
            var also = group.Skip(1).Select(r => r.Span.Line).Distinct().ToArray();
            var where = also.Length == 0 ? "" : $" (also on line{(also.Length > 1 ? "s" : "")} {string.Join(", ", also)})";
            var message = suggestion is null
                ? $"`{path}` does not exist in the codebase{where}; fix the path, or mark it new (\"Create `{path}`\") if the plan creates it."
                : $"`{path}` does not exist{where}; did you mean `{suggestion}`? Mark it new if the plan creates it.";
            yield return At(first.Span, message);
        }
    }

    private static bool Exists(PathIndex paths, string path) =>
        paths.Exists(path) || (!path.Contains('/', StringComparison.Ordinal) && paths.Named(path).Count > 0);

    private static bool IsExportPath(string path) => path.Contains("EXPORT/plan_", StringComparison.Ordinal);

    /// <summary>A path the plan creates, or one inside a folder it creates.</summary>
    public static bool IsCreated(LintContext context, string path)
    {
        var trimmed = path.TrimEnd('/');
        return context.CreatedPaths.Contains(trimmed) || context.CreatedPaths.Any(c => trimmed.StartsWith(c + "/", StringComparison.Ordinal));
    }
}
