using System.Text;

namespace Groundplan.Ingest.Git;

/// <summary>One line of <c>git ls-tree -r -z -l</c>: a blob, a symbolic link or a submodule.</summary>
/// <param name="Path">The path from the top of the repository.</param>
/// <param name="Mode">The octal mode: 100644, 100755, 120000 (link) or 160000 (submodule).</param>
/// <param name="ObjectId">The blob or commit id.</param>
/// <param name="Size">The blob's size in bytes; -1 for a submodule.</param>
internal sealed record GitTreeEntry(string Path, string Mode, string ObjectId, long Size)
{
    public bool IsSymlink => Mode == "120000";

    public bool IsSubmodule => Mode == "160000";

    /// <summary>The size git reports for a blob this clone does not hold (a partial clone): ls-tree prints "BAD".</summary>
    public const long MissingSize = -2;

    /// <summary>The blob is not in this clone, so its content cannot be read.</summary>
    public bool IsMissing => Size == MissingSize;

    /// <summary>Parses the NUL-separated records "mode SP type SP id SP+ size TAB path".</summary>
    public static List<GitTreeEntry> Parse(ReadOnlySpan<byte> listing, string repository)
    {
        var entries = new List<GitTreeEntry>();
        while (!listing.IsEmpty)
        {
            var end = listing.IndexOf((byte)0);
            var record = end < 0 ? listing : listing[..end];
            listing = end < 0 ? default : listing[(end + 1)..];
            var tab = record.IndexOf((byte)'\t');
            var fields = tab < 0 ? [] : Encoding.ASCII.GetString(record[..tab]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 4)
            {
                throw new GroundplanException($"git ls-tree printed a line that is not 'mode type id size<TAB>path': '{Encoding.UTF8.GetString(record)}'", repository);
            }

            var size = fields[3] == "-" ? -1
                : long.TryParse(fields[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
                : MissingSize;
            entries.Add(new GitTreeEntry(Encoding.UTF8.GetString(record[(tab + 1)..]), fields[0], fields[2], size));
        }

        return entries;
    }
}
