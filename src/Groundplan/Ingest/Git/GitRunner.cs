using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Groundplan.Ingest.Git;

/// <summary>Runs the git command line in one repository with a fixed environment, so user settings cannot change what we parse.</summary>
/// <remarks>
/// C messages (<c>LC_ALL=C</c>), no system config, no pager, no prompts, no optional locks (we only read), and
/// none of the <c>GIT_DIR</c>-style variables a hook or an outer git might have set, which would point git at
/// another repository. Standard input is closed at once unless the caller streams into it, so git never waits.
/// </remarks>
internal sealed class GitRunner(string repository)
{
    private static readonly string[] RepositoryVariables =
    [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX",
    ];

    /// <summary>The folder git runs in, as the user gave it.</summary>
    public string Repository { get; } = repository;

    /// <summary>Runs git to completion and returns what it printed; a non-zero exit is returned, not thrown.</summary>
    public GitResult Run(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(arguments);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var output = new MemoryStream();
        using (cancellationToken.Register(() => Kill(process)))
        {
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new GitResult(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs git and returns its output, or throws a <see cref="GroundplanException"/> naming the repository and what failed.</summary>
    public byte[] RunChecked(IReadOnlyList<string> arguments, string doing, CancellationToken cancellationToken)
    {
        var result = Run(arguments, cancellationToken);
        return result.ExitCode == 0
            ? result.Output
            : throw new GroundplanException($"git could not {doing}: {result.FirstErrorLine}", Repository);
    }

    /// <summary>Starts git with every stream redirected; the caller owns the process.</summary>
    public Process Start(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Repository,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["--no-pager", "-c", "core.quotePath=false", "-c", "log.showSignature=false", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        foreach (var variable in RepositoryVariables)
        {
            start.Environment.Remove(variable);
        }

        try
        {
            return Process.Start(start) ?? throw new GroundplanException("git could not be started", Repository);
        }
        catch (Win32Exception e)
        {
            throw new GroundplanException($"git could not be started ({e.Message}); is it installed and on PATH?", Repository, inner: e);
        }
    }

    /// <summary>Ends a git process this runner started (and its children), ignoring one that already exited.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
