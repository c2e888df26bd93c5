using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Common;

/// <summary>Reads a Makefile's or justfile's named targets: a line at column 0 ending a name with ':' and its indented recipe.</summary>
internal static partial class MakefileReader
{
    public static IEnumerable<Target> Makefile(IReadOnlyList<string> lines) =>
        Targets(lines, MakeTarget(), l => l.StartsWith('\t'));

    public static IEnumerable<Target> Justfile(IReadOnlyList<string> lines) =>
        Targets(lines, JustRecipe(), l => l.Length > 0 && char.IsWhiteSpace(l[0]));

    private static IEnumerable<Target> Targets(IReadOnlyList<string> lines, Regex header, Func<string, bool> isRecipe)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var match = header.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var recipe = new List<string>();
            var body = new System.Text.StringBuilder();
            var continued = false;
            for (var j = i + 1; j < lines.Count && (isRecipe(lines[j]) || lines[j].Trim().Length == 0 && j + 1 < lines.Count && isRecipe(lines[j + 1])); j++)
            {
                // '@' hides the echo and '-' ignores failure: neither is part of the command, and both would hide an 'if'.
                // A continued line's leading '-' is an option.
                var text = lines[j].Trim();
                body.Append(continued ? text : text.TrimStart('@', '-', '+').TrimStart()).Append('\n');
                continued = text.EndsWith('\\');
            }

            recipe.AddRange(ShellLines.Split(body.ToString()).Select(c => c.Command));

            // In a justfile, dependencies after '&&' run after the recipe.
            var dependencies = match.Groups["deps"].Value.Split("&&");
            yield return new Target(match.Groups["name"].Value, recipe, Words(dependencies[0]), i + 1, dependencies.Length > 1 ? Words(dependencies[1]) : []);
        }
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // A rule with one plain name; not .PHONY or other special targets, pattern rules, or := / ::= assignments.
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][A-Za-z0-9_.\-/]*)\s*:(?![:=])(?<deps>[^=;#]*)(?:[;#].*)?$")]
    private static partial Regex MakeTarget();

    // A recipe header: optional '@', a name, parameters, ':' (not ':='), dependencies.
    [GeneratedRegex(@"^@?(?<name>[A-Za-z_][A-Za-z0-9_-]*)(?:\s+[^:=]*?)?\s*:(?!=)(?<deps>[^#]*)(?:#.*)?$")]
    private static partial Regex JustRecipe();

    public sealed record Target(string Name, IReadOnlyList<string> Recipe, IReadOnlyList<string> Prerequisites, int Line, IReadOnlyList<string>? Followups = null);
}
