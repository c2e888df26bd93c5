namespace Groundplan.Cli;

/// <summary>What one in-process run of the CLI printed, and its exit code.</summary>
internal sealed record CapturedRun(int ExitCode, string Out, string Error);
