namespace Groundplan.Ingest;

/// <summary>Checks and normalises repo-relative paths.</summary>
internal static class RepoPath
{
    /// <summary>
    /// Turns a path from a pack or document into a repo-relative '/'-separated path, or returns an error
    /// for paths that could escape the tree (absolute, drive-qualified, or with a '..' segment).
    /// </summary>
    /// <remarks>Backslashes become '/', a leading "./" is dropped; nothing else changes, so the path stays as the source wrote it.</remarks>
    public static bool TryNormalize(string raw, out string path, out string error)
    {
        path = string.Empty;
        var p = raw.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p[2..];
        }

        if (p.Length == 0)
        {
            error = "the path is empty";
            return false;
        }

        if (p[0] == '/' || (p.Length >= 2 && p[1] == ':' && char.IsAsciiLetter(p[0])))
        {
            error = $"the path '{raw}' is absolute; paths must be relative to the repository root";
            return false;
        }

        foreach (var segment in p.Split('/'))
        {
            if (segment == "..")
            {
                error = $"the path '{raw}' climbs out of the repository with '..'";
                return false;
            }

            if (segment.Length == 0 || segment == ".")
            {
                error = $"the path '{raw}' has an empty or '.' segment";
                return false;
            }

            if (segment.Contains('\0'))
            {
                error = $"the path '{raw}' contains a NUL character";
                return false;
            }
        }

        path = p;
        error = string.Empty;
        return true;
    }
}
