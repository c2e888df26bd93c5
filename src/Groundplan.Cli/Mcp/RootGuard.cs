namespace Groundplan.Cli.Mcp;

/// <summary>
/// Keeps every path an MCP client sends inside the repositories the server was started for. Relative paths are taken
/// from the first root; a path that leaves every root, or reaches outside through a symbolic link, is refused.
/// </summary>
internal sealed class RootGuard
{
    public RootGuard(IReadOnlyList<string> roots)
    {
        Roots = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal).ToArray();
    }

    public IReadOnlyList<string> Roots { get; }

    /// <summary>The full path of <paramref name="path"/> if it lies inside a root; otherwise null with the reason.</summary>
    public string? Confine(string path, out string? refusal)
    {
        refusal = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            refusal = "the path is empty";
            return null;
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, Roots[0]));
        var root = Roots.FirstOrDefault(r => full == r || full.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (root is null)
        {
            refusal = $"{path} is outside the roots this server serves ({string.Join(", ", Roots)})";
            return null;
        }

        // A link inside the root can point anywhere; refuse any existing link on the way down.
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.Exists || Directory.Exists(current))
            {
                if (info.LinkTarget is not null)
                {
                    refusal = $"{path} goes through the symbolic link {current}; links are not followed";
                    return null;
                }
            }
        }

        return full;
    }
}
