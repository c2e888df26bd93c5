using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP206: every command exists in the repo's scripts, Makefile/justfile, CI or docs, or is a standard command of a tool it uses.</summary>
internal sealed class CommandExistsRule : LintRule
{
    public override string Id => "GP206";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "CommandExists";

    public override string Description => "Every command is a package.json script, Makefile or justfile target, CI or documented command, or a standard command of a tool the repository uses.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        foreach (var reference in context.References.Where(r => r.Reading.Kind == SpanKind.Command))
        {
            var verdict = context.Index.Commands.Check(reference.Reading.Value);
            if (verdict.Exists)
            {
                continue;
            }

            var hint = verdict.Suggestion is null ? " Use a command the repository defines (package.json scripts, Makefile, justfile, CI)." : $" Did you mean `{verdict.Suggestion}`?";
            yield return At(reference.Span, $"`{reference.Reading.Value}` cannot run in this repository: {verdict.Problem}.{hint}");
        }
    }
}
