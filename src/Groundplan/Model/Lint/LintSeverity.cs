namespace Groundplan.Model.Lint;

/// <summary>How much a finding matters; <see cref="Error"/> findings make <c>groundplan lint</c> exit 1.</summary>
public enum LintSeverity
{
    /// <summary>A hint worth reading; never fails a run.</summary>
    Info,

    /// <summary>Likely a problem; does not fail a run.</summary>
    Warning,

    /// <summary>The plan is wrong or cannot be executed as written.</summary>
    Error,
}
