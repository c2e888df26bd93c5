using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP204: every <c>file:line</c> or <c>file:start-end</c> reference lies inside the file.</summary>
internal sealed class LineRangeRule : LintRule
{
    public override string Id => "GP204";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "LineRangeInFile";

    public override string Description => "Every file:line and file:start-end reference is within the file's lines, with start not after end.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        foreach (var reference in context.References.Where(r => r.Reading.Kind == SpanKind.LineReference))
        {
            var (path, start, end) = (reference.Reading.Value, reference.Reading.StartLine, reference.Reading.EndLine);
            var file = context.Codebase.Find(path) ?? (path.Contains('/', StringComparison.Ordinal) ? null : context.Index.Paths.Named(path) is [var only] ? context.Codebase.Find(only) : null);
            if (file is null)
            {
                continue;
            }

            if (start < 1 || end < start)
            {
                yield return At(reference.Span, $"`{reference.Span.Text}` is not a valid range; write `{path}:<start>-<end>` with 1 <= start <= end <= {file.LineCount}.");
            }
            else if (end > file.LineCount)
            {
                yield return At(reference.Span, $"`{reference.Span.Text}` is out of range: `{file.Path}` has {file.LineCount} lines. Point it at the lines that hold what the plan describes.");
            }
        }
    }
}
