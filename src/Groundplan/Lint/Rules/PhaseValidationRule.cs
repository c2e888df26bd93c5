using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Model.Plans;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP305: every phase names a command that validates it (the spec: its testing plan and verification checklist).</summary>
internal sealed class PhaseValidationRule : LintRule
{
    public override string Id => "GP305";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "PhaseValidationCommands";

    public override string Description => "Every blueprint phase, and the checklist's testing phase, has a validation command (for the spec: the testing plan or verification checklist).";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        if (context.Layout == PlanLayout.Spec)
        {
            var testing = context.Outline.SectionByName("testing plan") ?? context.Outline.SectionByName("test plan");
            var verification = context.Outline.SectionByName("verification checklist");
            var anchor = testing ?? verification;
            if (anchor is null)
            {
                yield break;
            }

            var lines = new[] { testing, verification }.OfType<Heading>().SelectMany(h => PlanBody.Range(context.Document.Section(h))).ToHashSet();
            if (!HasCommand(context, lines))
            {
                yield return At(anchor.Line, $"\"{anchor.Text}\" names no command to run; add the exact commands (e.g. the repo's test script) that prove the change works.", anchor.Text);
            }

            yield break;
        }

        // The blueprint asks for validation commands in every phase; the checklist seeds put them in the testing phase
        // (their backend and frontend phases carry none), so the checklist is held to that.
        var phases = context.Layout == PlanLayout.Blueprint ? context.Outline.Phases : context.Outline.Phases.Where(p => p.Kind == PhaseKind.Testing);
        foreach (var phase in phases.Where(p => !PlanBody.NotNeeded(context, p)))
        {
            var lines = PlanBody.Range((phase.Heading.Line, phase.Last)).ToHashSet();
            if (!HasCommand(context, lines))
            {
                yield return At(phase.Heading.Line, $"\"{phase.Heading.Text}\" has no validation command; add a step that runs one of the repository's commands (tests, typecheck, lint, build) to prove the phase done.", phase.Heading.Text);
            }
        }
    }

    // A span is a command when its first word is a known runner, or when it is word for word a command the repository
    // runs in CI or its docs (`coverage run ... manage.py test` starts with no runner lint knows).
    private static bool HasCommand(LintContext context, HashSet<int> lines) =>
        context.References.Any(r => lines.Contains(r.Span.Line) && (r.Reading.Kind == SpanKind.Command || (r.Reading.Kind == SpanKind.Other && context.Index.Commands.Knows(r.Span.Text))))
        || context.Document.Fences.Any(f => lines.Contains(f.StartLine) && f.Info is "sh" or "bash" or "shell" or "console" or "");
}
