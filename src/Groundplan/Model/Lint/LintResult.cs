namespace Groundplan.Model.Lint;

/// <summary>What lint found in one plan.</summary>
public sealed record LintResult
{
    /// <summary>The plan file as given (for output locations); empty when the plan came from memory.</summary>
    public string File { get; init; } = "";

    /// <summary>The format the plan was read as: <c>checklist</c>, <c>spec</c> or <c>blueprint</c>.</summary>
    public required string Format { get; init; }

    /// <summary>The findings, ordered by line, column, rule id and message.</summary>
    public required IReadOnlyList<LintFinding> Findings { get; init; }

    /// <summary>Whether any finding is at error level.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == LintSeverity.Error);
}
