namespace Groundplan.Model.Lint;

/// <summary>Which rules run and at what severity.</summary>
public sealed record LintOptions
{
    /// <summary>Severities that replace a rule's default, by rule id. The default is none.</summary>
    public IReadOnlyDictionary<string, LintSeverity> Severities { get; init; } = new Dictionary<string, LintSeverity>(StringComparer.Ordinal);

    /// <summary>Rule ids that do not run. The default is none.</summary>
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
