using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>GORM models: structs that embed gorm.Model or carry gorm tags, with their fields and their relations to each other.</summary>
internal static partial class GormModels
{
    private sealed record Field(string Name, string Type);

    private sealed record Struct(string Name, Evidence Evidence, List<Field> Fields, bool IsModel);

    public static IEnumerable<ReconFact> Find(ReconContext context, IEnumerable<SourceFile> files, string detector)
    {
        var structs = files.SelectMany(f => Structs(context, f)).Where(s => s.IsModel).ToArray();
        var names = structs.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var model in structs)
        {
            var relations = model.Fields.Where(f => names.Contains(f.Type.TrimStart('*', '[', ']')))
                .Select(f => $"{f.Name} -> {f.Type.TrimStart('*')}").ToArray();
            var fields = model.Fields.Where(f => !names.Contains(f.Type.TrimStart('*', '[', ']'))).Select(f => f.Name);
            yield return new ReconFact(ReconTopic.Model, model.Name, Describe(fields, relations), FactStatus.Found, [model.Evidence], detector);
        }
    }

    /// <summary>The model value every Go data detector writes: "fields: a, b; relations: x -> Y".</summary>
    public static string Describe(IEnumerable<string> fields, IEnumerable<string> relations)
    {
        var text = "fields: " + string.Join(", ", fields);
        var related = string.Join(", ", relations);
        return related.Length > 0 ? text + "; relations: " + related : text;
    }

    private static IEnumerable<Struct> Structs(ReconContext context, SourceFile file)
    {
        var lines = context.Lines(file);
        Struct? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (current is null)
            {
                if (StructStart().Match(line) is { Success: true } start)
                {
                    current = new Struct(start.Groups[1].Value, context.At(file, i + 1), [], false);
                }

                continue;
            }

            if (line.StartsWith('}'))
            {
                yield return current;
                current = null;
            }
            else if (line.Trim() == "gorm.Model")
            {
                current = current with { IsModel = true };
                current.Fields.Add(new Field("gorm.Model", "gorm.Model"));
            }
            else if (FieldLine().Match(line) is { Success: true } field)
            {
                current.Fields.Add(new Field(field.Groups[1].Value, field.Groups[2].Value));
                if (field.Groups[3].Value.Contains("gorm:\"", StringComparison.Ordinal))
                {
                    current = current with { IsModel = true };
                }
            }
        }
    }

    [GeneratedRegex(@"^type\s+([A-Z]\w*)\s+struct\s*\{\s*$")]
    private static partial Regex StructStart();

    [GeneratedRegex(@"^\s+([A-Z]\w*)\s+(\*?(?:\[\])?\*?[\w.]+)\s*(`[^`]*`)?")]
    private static partial Regex FieldLine();
}
