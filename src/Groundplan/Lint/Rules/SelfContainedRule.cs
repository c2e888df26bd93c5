using System.Text.RegularExpressions;

namespace Groundplan.Lint.Rules;

/// <summary>GP402: the spec stands alone: no "as discussed above" or references to a conversation the reader never saw.</summary>
internal sealed partial class SelfContainedRule : StyleRule
{
    public override string Id => "GP402";

    public override string Name => "SelfContained";

    public override string Description => "The spec stands alone: no \"as discussed above\", \"as mentioned earlier\" or \"see above\".";

    protected override Regex Pattern => Phrases();

    protected override string Explain(string match) =>
        $"\"{match}\" points at context the reader does not have; state the fact itself here.";

    [GeneratedRegex(@"\bas (discussed|mentioned|described|noted|agreed|stated|shown)( \w+)? (above|earlier|before|previously|in the conversation)\b|\bsee above\b|\b(discussed|mentioned) above\b|\bper (our|the) (conversation|discussion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Phrases();
}
