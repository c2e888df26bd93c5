using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Shared;

/// <summary>One command line a repository documents: a Makefile or justfile recipe line, or a README code line.</summary>
/// <param name="Runner"><c>make</c>, <c>just</c>, or empty for a line from a README.</param>
/// <param name="Target">The Makefile target or justfile recipe; empty for a README line.</param>
/// <param name="Command">The command as written, without recipe prefixes or a shell prompt.</param>
/// <param name="Evidence">The line it is written on.</param>
internal sealed record ScriptCommand(string Runner, string Target, string Command, Evidence Evidence)
{
    /// <summary>What a person types to run it: <c>make migrate-up</c>, or the README line itself.</summary>
    public string Invocation => Runner.Length == 0 ? Command : Runner + " " + Target;
}
