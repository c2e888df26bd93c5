using System.Text;

namespace Groundplan.Ingest.Git;

/// <summary>Turns a revision the user typed into a full commit id, with errors that say what went wrong.</summary>
internal static class GitRevision
{
    public static string Resolve(GitRunner git, string revision, CancellationToken cancellationToken)
    {
        // --end-of-options keeps a revision that starts with '-' from being read as an option.
        var result = git.Run(["rev-parse", "--verify", "--end-of-options", revision + "^{commit}"], cancellationToken);
        if (result.ExitCode == 0)
        {
            return Encoding.ASCII.GetString(result.Output).Trim();
        }

        var anyRef = git.Run(["for-each-ref", "--count=1", "--format=%(refname)"], cancellationToken);
        if (anyRef.ExitCode == 0 && anyRef.Output.Length == 0 && !HasHead(git, cancellationToken))
        {
            throw new GroundplanException($"the repository has no commits yet, so the revision '{revision}' cannot be read", git.Repository);
        }

        throw new GroundplanException($"the revision '{revision}' is not a commit in this repository ({result.FirstErrorLine})", git.Repository);
    }

    private static bool HasHead(GitRunner git, CancellationToken cancellationToken) =>
        git.Run(["rev-parse", "--verify", "--quiet", "HEAD"], cancellationToken).ExitCode == 0;
}
