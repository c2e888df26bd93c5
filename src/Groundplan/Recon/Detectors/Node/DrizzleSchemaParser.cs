using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Reads Drizzle table definitions (pgTable, sqliteTable, mysqlTable) and relations() blocks from TypeScript lines.</summary>
internal static partial class DrizzleSchemaParser
{
    public static IReadOnlyList<OrmModel> Tables(IReadOnlyList<string> lines)
    {
        var relations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var tables = new List<(string Name, int Line, string Table, List<string> Fields, List<string> References)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Table().Match(lines[i]) is { Success: true } table)
            {
                var fields = new List<string>();
                var references = new List<string>();
                ReadBlock(lines, i, line =>
                {
                    if (Field().Match(line) is { Success: true } field)
                    {
                        fields.Add(field.Groups[1].Value);
                    }

                    if (Reference().Match(line) is { Success: true } reference && fields.Count > 0)
                    {
                        references.Add($"{fields[^1]} -> {reference.Groups[1].Value}.{reference.Groups[2].Value}");
                    }
                });
                var name = table.Groups[3].Success ? table.Groups[3].Value : NextLineName(lines, i);
                tables.Add((table.Groups[1].Value, i + 1, name, fields, references));
            }
            else if (Relations().Match(lines[i]) is { Success: true } block)
            {
                var list = relations.TryGetValue(block.Groups[1].Value, out var existing) ? existing : relations[block.Groups[1].Value] = [];
                ReadBlock(lines, i, line =>
                {
                    foreach (Match relation in Relation().Matches(line))
                    {
                        list.Add($"{relation.Groups[1].Value} -> {relation.Groups[3].Value}" + (relation.Groups[2].Value == "many" ? "[]" : string.Empty));
                    }
                });
            }
        }

        return tables.Select(t => new OrmModel(t.Name, t.Line, t.Table, t.Fields,
            [.. relations.GetValueOrDefault(t.Name) ?? [], .. t.References])).ToArray();
    }

    public static bool DefinesTables(string text) => Table().IsMatch(text);

    // Formatters put the table name on its own line when the table has a third (indexes) argument.
    private static string NextLineName(IReadOnlyList<string> lines, int at) =>
        at + 1 < lines.Count && QuotedName().Match(lines[at + 1]) is { Success: true } name ? name.Groups[1].Value : string.Empty;

    // Calls back with each line directly inside the first object opened from line `start`, up to where it closes.
    private static void ReadBlock(IReadOnlyList<string> lines, int start, Action<string> atTopLevel)
    {
        var open = start;
        var inside = Depth(lines[start]);
        while (!lines[open].Contains('{', StringComparison.Ordinal) && open + 1 < lines.Count)
        {
            open++;
            inside += Depth(lines[open]);
        }

        var depth = inside;
        for (var i = open + 1; i < lines.Count && depth >= inside && inside > 0; i++)
        {
            if (depth == inside && !NodeProject.IsComment(lines[i]))
            {
                atTopLevel(lines[i]);
            }

            depth += Depth(lines[i]);
        }
    }

    private static int Depth(string line) => line.Count(c => c is '{' or '(') - line.Count(c => c is '}' or ')');

    [GeneratedRegex(@"^\s*(?:export\s+)?const\s+(\w+)\s*=\s*(pgTable|sqliteTable|mysqlTable)\(\s*(?:['""`](\w+)['""`])?", RegexOptions.Multiline)]
    private static partial Regex Table();

    [GeneratedRegex(@"^\s*['""`](\w+)['""`]\s*,")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"^\s*(\w+)\s*:\s*\w+\(")]
    private static partial Regex Field();

    [GeneratedRegex(@"\.references\(\s*\(\)\s*(?::\s*\w+\s*)?=>\s*(\w+)\.(\w+)")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\s*(?:export\s+)?const\s+\w+\s*=\s*relations\(\s*(\w+)\s*,")]
    private static partial Regex Relations();

    [GeneratedRegex(@"(\w+)\s*:\s*(one|many)\(\s*(\w+)")]
    private static partial Regex Relation();
}
