namespace Groundplan.Llm.Brief;

/// <summary>How much context the implementer's brief attaches.</summary>
public sealed record BriefOptions
{
    /// <summary>The budget for attached file contents, in o200k tokens. The default value is 24000.</summary>
    public int MaxContextTokens { get; init; } = 24_000;

    /// <summary>Attach file contents as they are even when the secret scan finds something. The default value is false (redact).</summary>
    public bool AllowSecrets { get; init; }
}
