using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>EF Core models: the entity types a DbContext exposes as DbSet&lt;T&gt;, with their properties and navigations.</summary>
internal static partial class EfModels
{
    public static IEnumerable<ReconFact> Find(ReconContext context, IReadOnlyList<SourceFile> code, string detector)
    {
        var sets = GoProject.Matches(context, LineMatches.Containing(code, "DbSet<"), DbSet()).ToArray();
        var entities = sets.Select(s => s.Match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var classes = code.Where(f => !f.Path.Contains("/Migrations/", StringComparison.Ordinal)).ToArray();
        foreach (var set in sets.DistinctBy(s => s.Match.Groups[1].Value))
        {
            var entity = set.Match.Groups[1].Value;
            var declaration = GoProject.Matches(context, LineMatches.Containing(classes, entity), new Regex(@"\b(?:class|record)\s+" + entity + @"\b")).FirstOrDefault();
            if (declaration.File is null)
            {
                yield return new ReconFact(ReconTopic.Model, entity, "DbSet " + set.Match.Groups[2].Value, FactStatus.Found, [set.Evidence], detector);
                continue;
            }

            var fields = new List<string>();
            var relations = new List<string>();
            foreach (var (name, type) in Properties(context, declaration.File, declaration.Evidence.Line))
            {
                var target = Target(type);
                if (entities.Contains(target))
                {
                    relations.Add(type.Contains('<', StringComparison.Ordinal) ? $"{name} -> many {target}" : $"{name} -> {target}");
                }
                else
                {
                    fields.Add(name);
                }
            }

            yield return new ReconFact(ReconTopic.Model, entity, GormModels.Describe(fields, relations), FactStatus.Found,
                [declaration.Evidence, set.Evidence], detector);
        }
    }

    // Public auto-properties from the class line to its closing brace.
    private static IEnumerable<(string Name, string Type)> Properties(ReconContext context, SourceFile file, int classLine)
    {
        var lines = context.Lines(file);
        var depth = 0;
        var opened = false;
        for (var i = classLine - 1; i < lines.Count; i++)
        {
            if (opened && depth == 1 && Property().Match(lines[i]) is { Success: true } property)
            {
                yield return (property.Groups[2].Value, property.Groups[1].Value.Trim());
            }

            foreach (var c in lines[i])
            {
                depth += c switch { '{' => 1, '}' => -1, _ => 0 };
                opened |= c == '{';
            }

            if (opened && depth == 0)
            {
                yield break;
            }
        }
    }

    private static string Target(string type)
    {
        var generic = type.IndexOf('<', StringComparison.Ordinal);
        var inner = generic >= 0 ? type[(generic + 1)..type.LastIndexOf('>')] : type;
        return inner.TrimEnd('?').Trim();
    }

    [GeneratedRegex(@"\bDbSet<(\w+)>\s+(\w+)")]
    private static partial Regex DbSet();

    [GeneratedRegex(@"^\s*public\s+(?:virtual\s+|required\s+)*([\w.<>?\[\], ]+?)\s+(\w+)\s*\{\s*get;")]
    private static partial Regex Property();
}
