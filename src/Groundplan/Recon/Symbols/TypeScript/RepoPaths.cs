namespace Groundplan.Recon.Symbols.TypeScript;

/// <summary>Joins and normalises '/'-separated repo paths; null when a path climbs out of the repository.</summary>
internal static class RepoPaths
{
    public static string Directory(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : string.Empty;

    public static string? Join(string dir, string relative)
    {
        var parts = new List<string>();
        foreach (var segment in (dir + "/" + relative).Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }
}
