using System.CommandLine;

namespace Groundplan.Cli;

/// <summary>The flags every verb takes, defined once.</summary>
internal static class GlobalOptions
{
    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Print details, and the stack trace of an internal error.",
        Recursive = true,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print nothing on standard error but errors.",
        Recursive = true,
    };
}
