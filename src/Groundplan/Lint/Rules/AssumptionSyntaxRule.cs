using System.Text.RegularExpressions;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP107: assumptions are marked exactly <c>ASSUMPTION:</c> followed by the assumption.</summary>
internal sealed partial class AssumptionSyntaxRule : LintRule
{
    public override string Id => "GP107";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "AssumptionSyntax";

    public override string Description => "Assumption lines start with the exact marker `ASSUMPTION:` and state one assumption after it.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        foreach (var (line, match) in context.Document.ProseMatches(Marker()))
        {
            var exact = match.Groups["word"].Value == "ASSUMPTION" && match.Groups["sep"].Value == ":" && match.Groups["stars"].Value.Length == 0;
            if (!exact)
            {
                yield return At(line, $"\"{match.Value.Trim()}\" is not the assumption marker; write `ASSUMPTION:` (capitals, colon, no emphasis) followed by the assumption.", match.Value.Trim(), match.Index + 1);
            }
            else if (context.Document.Prose(line)[(match.Index + match.Length)..].Trim().Length == 0)
            {
                yield return At(line, "`ASSUMPTION:` is followed by nothing; state the assumption on the same line.", "ASSUMPTION:", match.Index + 1);
            }
        }
    }

    // The marker, its spelled variants, bold or not: "ASSUMPTION:", "Assumption -", "**ASSUMPTION**:".
    [GeneratedRegex(@"(?<stars>\*\*)?\b(?<word>assumption)\b(?:\*\*)?\s*(?<sep>[:\-–])(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}
