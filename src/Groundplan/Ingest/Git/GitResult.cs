namespace Groundplan.Ingest.Git;

/// <summary>What one git command printed and how it ended.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output, as bytes (paths and blobs need not be UTF-8).</param>
/// <param name="Error">Standard error.</param>
internal sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    /// <summary>The first line git wrote to standard error (usually "fatal: ..."), or the exit code when it wrote nothing.</summary>
    public string FirstErrorLine =>
        Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
        ?? $"exit code {ExitCode}";
}
