using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP207: a file the plan marks new does not exist yet.</summary>
internal sealed class NewFileRule : LintRule
{
    public override string Id => "GP207";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "NewFileIsNew";

    public override string Description => "A path the plan marks new (created) does not already exist.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var paths = context.Index.Paths;
        foreach (var group in context.References
                     .Where(r => r.MarkedNew && r.Reading.Kind == SpanKind.Path && paths.Exists(r.Reading.Value) && r.Reading.Value.Contains('/', StringComparison.Ordinal))
                     .GroupBy(r => r.Reading.Value, StringComparer.Ordinal))
        {
            var path = group.Key;
            yield return At(group.First().Span, $"`{path}` is marked new but already exists; edit it instead (change type edit), or choose a path that does not exist.");
        }
    }
}
