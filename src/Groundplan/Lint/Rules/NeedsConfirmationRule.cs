using System.Text.RegularExpressions;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP108: open points are written <c>[NEEDS CONFIRMATION]</c> followed by exactly one question.</summary>
internal sealed partial class NeedsConfirmationRule : LintRule
{
    public override string Id => "GP108";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "NeedsConfirmation";

    public override string Description => "Each `[NEEDS CONFIRMATION]` marker is spelled exactly and followed by one specific question.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        foreach (var (line, match) in context.Document.ProseMatches(Marker()))
        {
            if (match.Value != "[NEEDS CONFIRMATION]")
            {
                yield return At(line, $"\"{match.Value}\" is not the marker; write `[NEEDS CONFIRMATION]` exactly, followed by one question.", match.Value, match.Index + 1);
                continue;
            }

            var rest = context.Document.Line(line)[(match.Index + match.Length)..].Trim().Trim('*', '_').Trim();
            var questions = rest.Count(c => c == '?');
            if (questions != 1 || !rest.EndsWith('?'))
            {
                var what = questions == 0 ? "no question" : questions > 1 ? $"{questions} questions" : "text after its question";
                yield return At(line, $"`[NEEDS CONFIRMATION]` is followed by {what}; follow it with exactly one specific question ending in \"?\" (split several into separate lines).", match.Value, match.Index + 1);
            }
        }

        if (context.Outline.Lines("open questions") is { } open)
        {
            // Only the questions themselves: nested items under a question give its context.
            var items = context.Document.Items.Where(i => i.Line >= open.First && i.Line <= open.Last).ToArray();
            var margin = items.Select(i => i.Indent).DefaultIfEmpty(0).Min();
            foreach (var item in items.Where(i => i.Indent == margin))
            {
                if (!item.Text.Contains("NEEDS CONFIRMATION", StringComparison.OrdinalIgnoreCase) && !None().IsMatch(item.Text))
                {
                    yield return At(item.Line, "Open Questions holds only `[NEEDS CONFIRMATION]` questions; mark this one or move it to Assumptions & Constraints.", item.Text, item.TextColumn);
                }
            }
        }
    }

    [GeneratedRegex(@"\[[^\]\n]*needs[ _-]*confirmation[^\]\n]*\]|(?<!\[)\bneeds[ _-]confirmation\b(?![^\[]*\])", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\W*(none|n/a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex None();
}
