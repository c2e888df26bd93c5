using System.Text;

namespace Groundplan.Packing;

/// <summary>Writes the indented directory tree packs carry: two spaces per level, folders end with '/'.</summary>
internal static class DirectoryTreeFormatter
{
    public static string Format(IEnumerable<string> paths)
    {
        var sorted = paths.Distinct(StringComparer.Ordinal).Order(PackPathOrder.Instance).ToArray();
        var sb = new StringBuilder();
        string[] previous = [];
        foreach (var path in sorted)
        {
            var parts = path.Split('/');
            var shared = 0;
            while (shared < previous.Length - 1 && shared < parts.Length - 1 && previous[shared] == parts[shared])
            {
                shared++;
            }

            for (var level = shared; level < parts.Length; level++)
            {
                sb.Append(' ', level * 2).Append(parts[level]);
                sb.Append(level < parts.Length - 1 ? "/\n" : "\n");
            }

            previous = parts;
        }

        return sb.ToString().TrimEnd('\n');
    }
}
