namespace Groundplan.Parse;

/// <summary>What a fenced code block holds.</summary>
public enum FenceRole
{
    /// <summary>A block outside the parts below.</summary>
    Other,

    /// <summary>Signatures to create (blueprint "Changes").</summary>
    Signature,

    /// <summary>Test signatures (blueprint "Testing Requirements").</summary>
    TestSignature,

    /// <summary>A contract's shape (spec "Data &amp; Interface Contracts").</summary>
    Contract,

    /// <summary>The fence that wraps the whole plan (```markdown ... ```).</summary>
    Wrapper,
}
