namespace Groundplan.Cli;

/// <summary>Where a verb writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter @out, TextWriter error, string workingDirectory)
{
    public TextWriter Out { get; } = @out;

    public TextWriter Error { get; } = error;

    /// <summary>Relative paths in options resolve against this folder.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Opens the raw standard output, for results too large to go through <see cref="Out"/> as text.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    public bool Verbose { get; set; }

    public bool Quiet { get; set; }

    /// <summary>Whether progress lines are wanted at all: on for a terminal, off when standard error is captured.</summary>
    public bool ProgressEnabled { get; init; }

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A progress line on standard error, for people watching a terminal; never with --quiet.</summary>
    /// <summary>Receives every progress message, whatever the terminal; the MCP server forwards them as progress notifications.</summary>
    public Action<string>? OnProgress { get; init; }

    public void Progress(string message)
    {
        OnProgress?.Invoke(message);
        if (ProgressEnabled && !Quiet)
        {
            Error.WriteLine($"groundplan: {message}");
        }
    }
}
