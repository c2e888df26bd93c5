using System.Text.RegularExpressions;

namespace Groundplan.Lint.Rules;

/// <summary>GP403: the spec leaves nothing open-ended: no "etc.", "TBD", "as needed".</summary>
internal sealed partial class VagueWordingRule : StyleRule
{
    public override string Id => "GP403";

    public override string Name => "NoOpenEndedWording";

    public override string Description => "The spec has no open-ended wording (\"etc.\", \"TBD\", \"TODO\", \"as needed\", \"and so on\") an implementer would have to fill in.";

    protected override Regex Pattern => Phrases();

    protected override string Explain(string match) =>
        $"\"{match}\" leaves the implementer to fill in the rest; list every item or state the exact condition.";

    [GeneratedRegex(@"\betc\b\.?|\bTBD\b|\bTODO\b|\bas (needed|appropriate|required)\b|\bif (needed|necessary)\b|\band so on\b|\bsomehow\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrases();
}
