using System.Text.RegularExpressions;

namespace Groundplan.Lint.Rules;

/// <summary>GP401: the spec states requirements, not possibilities: no should, might, maybe.</summary>
internal sealed partial class HedgingRule : StyleRule
{
    public override string Id => "GP401";

    public override string Name => "NoHedging";

    public override string Description => "The spec uses imperative, testable statements: no \"should\", \"might\", \"maybe\", \"perhaps\", \"possibly\".";

    protected override Regex Pattern => Words();

    // A question ("Should code blocks count?") is not a hedged statement.
    protected override bool Skip(string line) => line.TrimEnd().TrimEnd('*').EndsWith('?');

    protected override string Explain(string match) =>
        $"\"{match}\" makes the statement optional; rewrite it as an imperative, testable statement (\"must\", or state the action).";

    [GeneratedRegex(@"\b(should|might|maybe|perhaps|possibly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
