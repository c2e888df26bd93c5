using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Reads model blocks from Prisma schema text: enough to name fields and relations, not a full grammar.</summary>
internal static partial class PrismaSchemaParser
{
    public static IReadOnlyList<PrismaModel> Models(IReadOnlyList<string> lines, IReadOnlySet<string> modelNames)
    {
        var models = new List<PrismaModel>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Block().Match(lines[i]) is not { Success: true } block || block.Groups[1].Value != "model")
            {
                continue;
            }

            var start = i;
            var fields = new List<string>();
            var relations = new List<(string, string)>();
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith('}'); i++)
            {
                if (Field().Match(lines[i]) is not { Success: true } field)
                {
                    continue;
                }

                var type = field.Groups[2].Value;
                if (modelNames.Contains(type.TrimEnd('?', ']', '[')))
                {
                    relations.Add((field.Groups[1].Value, type.TrimEnd('?')));
                }
                else
                {
                    fields.Add(field.Groups[1].Value);
                }
            }

            models.Add(new PrismaModel(block.Groups[2].Value, start + 1, fields, relations));
        }

        return models;
    }

    /// <summary>The names of every model (and view) the lines declare, so relation fields can be told from scalars.</summary>
    public static IEnumerable<string> ModelNames(IEnumerable<string> lines) =>
        lines.Select(l => Block().Match(l)).Where(m => m.Success && m.Groups[1].Value is "model" or "view").Select(m => m.Groups[2].Value);

    [GeneratedRegex(@"^\s*(model|view|enum|type)\s+(\w+)\s*\{")]
    private static partial Regex Block();

    // A field line: name, then a type such as String, Post[], User? (attributes and comments follow).
    [GeneratedRegex(@"^\s*(\w+)\s+(\w+(?:\[\])?\??)(?:\s|$)")]
    private static partial Regex Field();
}
