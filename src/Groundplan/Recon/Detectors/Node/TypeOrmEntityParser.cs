using System.Text.RegularExpressions;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Reads TypeORM @Entity classes: columns become fields, relation decorators become relations.</summary>
internal static partial class TypeOrmEntityParser
{
    public static IReadOnlyList<OrmModel> Entities(IReadOnlyList<string> lines)
    {
        var entities = new List<OrmModel>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Entity().Match(lines[i]) is not { Success: true } entity)
            {
                continue;
            }

            var classLine = i + 1;
            while (classLine < lines.Count && Class().Match(lines[classLine]) is { Success: false } && lines[classLine].TrimStart().StartsWith('@'))
            {
                classLine++;
            }

            if (classLine >= lines.Count || Class().Match(lines[classLine]) is not { Success: true } type)
            {
                continue;
            }

            var fields = new List<string>();
            var relations = new List<string>();
            string? pending = null;
            for (i = classLine + 1; i < lines.Count && !lines[i].StartsWith('}'); i++)
            {
                if (Column().IsMatch(lines[i]))
                {
                    pending = string.Empty;
                }
                else if (Relation().Match(lines[i]) is { Success: true } relation)
                {
                    pending = relation.Groups[2].Value + (relation.Groups[1].Value is "OneToMany" or "ManyToMany" ? "[]" : string.Empty);
                }
                else if (pending is not null && Property().Match(lines[i]) is { Success: true } property)
                {
                    if (pending.Length == 0)
                    {
                        fields.Add(property.Groups[1].Value);
                    }
                    else
                    {
                        relations.Add($"{property.Groups[1].Value} -> {pending}");
                    }

                    pending = null;
                }
            }

            var table = entity.Groups[1].Success ? entity.Groups[1].Value : null;
            entities.Add(new OrmModel(type.Groups[1].Value, classLine + 1, table, fields, relations));
        }

        return entities;
    }

    [GeneratedRegex(@"^\s*@Entity\(\s*(?:['""](\w+)['""]|\{\s*name\s*:\s*['""](?<1>\w+)['""])?")]
    private static partial Regex Entity();

    [GeneratedRegex(@"^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+(\w+)")]
    private static partial Regex Class();

    [GeneratedRegex(@"^\s*@(?:PrimaryGeneratedColumn|PrimaryColumn|Column|CreateDateColumn|UpdateDateColumn|DeleteDateColumn|VersionColumn|RelationId)\(")]
    private static partial Regex Column();

    [GeneratedRegex(@"^\s*@(ManyToOne|OneToMany|ManyToMany|OneToOne)\(\s*\(\)\s*=>\s*(\w+)")]
    private static partial Regex Relation();

    [GeneratedRegex(@"^\s*(?:public\s+|readonly\s+|declare\s+)*(\w+)[!?]?\s*:")]
    private static partial Regex Property();
}
