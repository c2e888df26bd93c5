namespace Groundplan.Security;

/// <summary>Where a secret value sits in a text: the span to redact and the position to report.</summary>
/// <remarks>Holds offsets only, so printing a match never shows the secret.</remarks>
internal readonly record struct SecretMatch(int Start, int Length, string Kind, string RuleId)
{
    /// <summary>The offset a finding points at; before <see cref="Start"/> for a key block, whose header is reported.</summary>
    public int ReportAt { get; init; } = Start;

    public int End => Start + Length;
}
