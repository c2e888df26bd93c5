using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Model.Plans;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP306: the plan names the tests for its new behaviour: a test file or test name, not just "add tests".</summary>
internal sealed partial class TestsNamedRule : LintRule
{
    public override string Id => "GP306";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "TestsNamed";

    public override string Description => "The testing phase or plan names the test files or test functions that cover the new behaviour.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        Heading? anchor;
        HashSet<int> lines;
        if (context.Layout == PlanLayout.Spec)
        {
            anchor = context.Outline.SectionByName("testing plan") ?? context.Outline.SectionByName("test plan");
            lines = anchor is null ? [] : PlanBody.Range(context.Document.Section(anchor)).ToHashSet();
        }
        else if (context.Layout == PlanLayout.Blueprint)
        {
            anchor = context.Outline.Phases.FirstOrDefault()?.Heading;
            lines = context.Document.Headings.Where(h => SectionNames.Normalize(h.Text).StartsWith("testing", StringComparison.Ordinal) || h.Text.Contains("Testing Requirements", StringComparison.Ordinal))
                .SelectMany(h => PlanBody.Range((h.Line, context.Outline.PhaseAt(h.Line)?.Last ?? h.Line + 20))).ToHashSet();
            lines.UnionWith(context.Document.Lines.Select((l, i) => (l, i + 1)).Where(x => x.l.Contains("Testing Requirements", StringComparison.Ordinal)).SelectMany(x => Enumerable.Range(x.Item2, 15)));
        }
        else
        {
            var phase = context.Outline.Phases.FirstOrDefault(p => p.Kind == PhaseKind.Testing);
            anchor = phase?.Heading;
            lines = phase is null ? [] : PlanBody.Range((phase.Heading.Line, phase.Last)).ToHashSet();
        }

        if (anchor is null)
        {
            yield break;
        }

        var named = context.References.Any(r => lines.Contains(r.Span.Line) && (r.Reading.Kind == SpanKind.Path && TestFile().IsMatch(r.Reading.Value) || r.Reading.Kind == SpanKind.Symbol && TestSymbol().IsMatch(r.Reading.Value)))
            || context.Document.Fences.Any(f => lines.Contains(f.StartLine) && PlanBody.Range((f.StartLine, f.EndLine)).Any(l => TestSignature().IsMatch(context.Document.Line(l))));
        if (!named)
        {
            yield return At(anchor.Line, $"\"{anchor.Text}\" names no test file or test; name the test file (e.g. following the repo's test naming) and what each test verifies about the new behaviour.", anchor.Text);
        }
    }

    [GeneratedRegex(@"(\.(test|spec)\.|_test\.|_spec\.|(^|/)test_|Tests?\.cs$|(^|/)(tests?|spec|__tests__|e2e)/)")]
    private static partial Regex TestFile();

    [GeneratedRegex(@"^(Test|test_|it$|describe$|should|[A-Z]\w*Tests?$)")]
    private static partial Regex TestSymbol();

    // RSpec and minitest name a test without parentheses: it "refuses a signed-out caller" do.
    [GeneratedRegex(@"\b(func\s+Test\w+|def\s+test_\w+|it\s*[(""']|test\s*[(""']|describe\s*[(""']|\[Fact\]|\[Test\]|public\s+(async\s+)?\w+\s+\w+_\w+)")]
    private static partial Regex TestSignature();
}
