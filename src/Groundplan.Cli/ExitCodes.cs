namespace Groundplan.Cli;

/// <summary>The exit codes every verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>Done, nothing to report.</summary>
    public const int Ok = 0;

    /// <summary>Done, with findings at error level (lint, secrets where a verb treats them as errors).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage or bad input: nothing was written.</summary>
    public const int InputError = 2;

    /// <summary>A bug in Groundplan: the message asks for a report.</summary>
    public const int InternalError = 3;

    /// <summary>Cancelled by the user (Ctrl+C).</summary>
    public const int Cancelled = 130;
}
