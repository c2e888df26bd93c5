namespace Groundplan.Ingest.Ignore;

/// <summary>The per-folder ignore files, in the order their patterns are joined: in one folder, a later file wins.</summary>
/// <remarks>
/// Besides git's own file and ours, the files repomix reads (<c>.ignore</c>, shared with ripgrep and friends, and
/// <c>.repomixignore</c>) apply too: a project that tells repomix what to leave out gets the same pack from us.
/// </remarks>
internal static class IgnoreFileNames
{
    public const string Gitignore = ".gitignore";

    public static readonly IReadOnlyList<string> All = [Gitignore, ".ignore", ".repomixignore", ".groundplanignore"];

    /// <summary>The position of <paramref name="name"/> in <see cref="All"/>, or -1 when it is not an ignore file.</summary>
    public static int IndexOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (name.SequenceEqual(All[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
