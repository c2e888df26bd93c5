namespace Groundplan.Cli;

/// <summary>Where a verb writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter @out, TextWriter error, string workingDirectory)
{
    public TextWriter Out { get; } = @out;

    public TextWriter Error { get; } = error;

    /// <summary>Relative paths in options resolve against this folder.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    public bool Verbose { get; set; }

    public bool Quiet { get; set; }

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A progress line on standard error, unless --quiet.</summary>
    public void Progress(string message)
    {
        if (!Quiet)
        {
            Error.WriteLine($"groundplan: {message}");
        }
    }
}
