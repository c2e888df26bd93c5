using System.Text;
using Groundplan.Model;
using Groundplan.Security;
using Groundplan.Tokens;

namespace Groundplan.Llm.Prompts;

/// <summary>Packs the ranked files' contents, best first, into a token budget; files that would overflow it are left out whole.</summary>
/// <remarks>A stand-in for the retrieve stage's budgeted pack (<c>groundplan context --max-tokens</c>); callers with that pack set <see cref="PromptContext.ContextPack"/> directly.</remarks>
internal static class ContextPackBuilder
{
    public static (string Pack, IReadOnlyList<string> Included) Build(Codebase codebase, IEnumerable<string> rankedPaths, int maxTokens, bool redact, ITokenCounter tokens)
    {
        var pack = new StringBuilder();
        var included = new List<string>();
        var used = 0;
        foreach (var path in rankedPaths)
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
