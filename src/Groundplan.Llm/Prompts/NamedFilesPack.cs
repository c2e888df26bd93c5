using System.Text;
using Groundplan.Model;
using Groundplan.Security;
using Groundplan.Tokens;

namespace Groundplan.Llm.Prompts;

/// <summary>Packs the named files' contents, in order, into a token budget; files that would overflow it are left out whole.</summary>
/// <remarks>For the implementer brief, which attaches exactly the files a plan names; prompts use the retrieve stage's ranked pack.</remarks>
internal static class NamedFilesPack
{
    public static (string Pack, IReadOnlyList<string> Included) Build(Codebase codebase, IEnumerable<string> paths, int maxTokens, bool redact, ITokenCounter tokens)
    {
        var pack = new StringBuilder();
        var included = new List<string>();
        var used = 0;
        foreach (var path in paths)
        {
            if (codebase.Find(path) is not { } file)
            {
                continue;
            }

            var text = redact ? SecretScanner.Default.Redact(file.Text, file.Path) : file.Text;
            var element = $"<file path=\"{file.Path}\">\n{text.TrimEnd('\n')}\n</file>\n";
            var cost = tokens.CountTokens(element);
            if (used + cost > maxTokens)
            {
                continue;
            }

            used += cost;
            pack.Append(element);
            included.Add(file.Path);
        }

        return (pack.ToString(), included);
    }
}
