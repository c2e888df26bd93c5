using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>Reads tables from db/schema.rb and models with their associations from app/models.</summary>
internal static partial class RailsSchema
{
    internal sealed record Table(string Name, Evidence Evidence, IReadOnlyList<string> Columns);

    /// <summary>The tables of db/schema.rb, each with "column:type" in file order.</summary>
    public static IReadOnlyDictionary<string, Table> Tables(RailsApp app, SourceFile schema)
    {
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        var lines = app.Context.Lines(schema);
        for (var i = 0; i < lines.Count; i++)
        {
            if (CreateTable().Match(lines[i]) is not { Success: true } create)
            {
                continue;
            }

            var evidence = app.Context.At(schema, i + 1);
            var columns = new List<string>();
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("end", StringComparison.Ordinal); i++)
            {
                if (Column().Match(lines[i]) is { Success: true } column && column.Groups[1].Value != "index")
                {
                    columns.Add(column.Groups[2].Value + ":" + column.Groups[1].Value);
                }
            }

            var name = create.Groups[1].Value;
            tables[name] = new Table(name, evidence, columns);
        }

        return tables;
    }

    /// <summary>One fact per ActiveRecord model: its table's columns (when the schema has it) and its associations.</summary>
    public static IEnumerable<ReconFact> Models(RailsApp app, IReadOnlyDictionary<string, Table> tables, string detector)
    {
        foreach (var file in app.Files("app/models/", ".rb"))
        {
            var lines = app.Context.Lines(file);
            var model = lines.Select((l, i) => (Match: ModelClass().Match(l), Line: i + 1)).FirstOrDefault(m => m.Match.Success);
            if (model.Match is null || model.Match.Groups[1].Value == "ApplicationRecord")
            {
                continue;
            }

            var name = model.Match.Groups[1].Value;
            var tableName = lines.Select(l => TableName().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? Tableize(name);
            var associations = lines.Select(l => Association().Match(l)).Where(m => m.Success)
                .Select(m => m.Groups[1].Value + " :" + m.Groups[2].Value).ToArray();
            var parts = new List<string>();
            Evidence? tableEvidence = null;
            if (tables.TryGetValue(tableName, out var table))
            {
                parts.Add($"table {tableName} ({string.Join(", ", table.Columns)})");
                tableEvidence = table.Evidence;
            }

            if (associations.Length > 0)
            {
                parts.Add(string.Join(", ", associations));
            }

            yield return app.Fact(ReconTopic.Model, name, parts.Count == 0 ? "ActiveRecord model" : string.Join("; ", parts), detector,
                app.Context.At(file, model.Line), tableEvidence);
        }
    }

    /// <summary>Rails' default table name for a model class: snake_case, plural.</summary>
    public static string Tableize(string className)
    {
        var snake = CamelBoundary().Replace(className.Replace("::", string.Empty, StringComparison.Ordinal), "$1_$2").ToLowerInvariant();
        return snake switch
        {
            _ when snake.EndsWith('y') && snake.Length > 1 && !"aeiou".Contains(snake[^2], StringComparison.Ordinal) => snake[..^1] + "ies",
            _ when snake.EndsWith('s') || snake.EndsWith('x') || snake.EndsWith("ch", StringComparison.Ordinal) || snake.EndsWith("sh", StringComparison.Ordinal) => snake + "es",
            _ => snake + "s",
        };
    }

    [GeneratedRegex("""^\s*create_table\s+["'](\w+)["']""")]
    private static partial Regex CreateTable();

    [GeneratedRegex("""^\s*t\.(\w+)\s+["'](\w+)["']""")]
    private static partial Regex Column();

    [GeneratedRegex(@"^\s*class\s+(\w+)\s*<\s*(?:ApplicationRecord|ActiveRecord::Base)\b")]
    private static partial Regex ModelClass();

    [GeneratedRegex("""^\s*self\.table_name\s*=\s*["'](\w+)["']""")]
    private static partial Regex TableName();

    [GeneratedRegex(@"^\s*(has_many|has_one|belongs_to|has_and_belongs_to_many)\s+:(\w+)")]
    private static partial Regex Association();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
