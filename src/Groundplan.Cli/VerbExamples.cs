using System.CommandLine;

namespace Groundplan.Cli;

/// <summary>Example command lines shown by each verb's <c>--help</c>, under its description.</summary>
internal static class VerbExamples
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["pack"] =
        [
            "groundplan pack --repo . -o repomix-output.xml",
            "groundplan pack --repo . --style markdown --ignore \"**/*.test.ts\" --redact -o -",
        ],
        ["recon"] =
        [
            "groundplan recon --repo .",
            "groundplan recon --repo repomix-output.xml --json -o recon.json",
        ],
        ["context"] =
        [
            "groundplan context --repo . --request \"Let users bookmark posts\"",
            "groundplan context --repo . --request \"Add CSV export of invoices\" --max-tokens 30000 -o context.xml",
        ],
        ["plan"] =
        [
            "groundplan plan --repo . --request \"Let users bookmark posts\"",
            "groundplan plan --repo . --request-file request.md --story \"Readers lose posts\" --format checklist --stdout",
            "groundplan plan --repo . --request \"Rate-limit login attempts\" --engine llm --provider anthropic --model MODEL",
        ],
        ["lint"] =
        [
            "groundplan lint EXPORT/plan_bookmark-posts.md --repo .",
            "groundplan lint plan.md --repo . --sarif lint.sarif",
        ],
        ["brief"] = ["groundplan brief EXPORT/plan_bookmark-posts.md --repo . -o brief.md"],
        ["mcp"] = ["groundplan mcp --root /path/to/repo"],
    };

    /// <summary>Appends the examples of every verb that has some to its description.</summary>
    public static void AddTo(RootCommand root)
    {
        foreach (var verb in root.Subcommands)
        {
            if (Examples.TryGetValue(verb.Name, out var lines))
            {
                verb.Description += "\n\nExamples:\n" + string.Join("\n", lines.Select(l => "  " + l));
            }
        }
    }
}
