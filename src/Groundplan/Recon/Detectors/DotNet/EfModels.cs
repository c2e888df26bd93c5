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
        var declarations = Declarations(context, classes, entities);
        foreach (var set in sets.DistinctBy(s => s.Match.Groups[1].Value))
        {
            var entity = set.Match.Groups[1].Value;
            if (!declarations.TryGetValue(entity, out var declaration))
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

    /// <summary>
    /// Where each entity is first declared (`class` or `record` and its name, files in order, then lines): one pass over
    /// the code for all entities, instead of a pattern per entity run over every file that names it.
    /// </summary>
    private static Dictionary<string, (SourceFile File, Evidence Evidence)> Declarations(ReconContext context, IReadOnlyList<SourceFile> classes, HashSet<string> entities)
    {
        var found = new Dictionary<string, (SourceFile File, Evidence Evidence)>(StringComparer.Ordinal);
        foreach (var file in LineMatches.Containing(classes, "class", "record"))
        {
            // The whole text at once, not line by line: a keyword whose name is on the next line does not count, as a
            // line's pattern would not see it; a candidate is confirmed on its line with the entity's own pattern.
            for (var match = TypeName().Match(file.Text); match.Success && found.Count < entities.Count; match = match.NextMatch())
            {
                var name = match.Groups[1].Value;
                var gap = file.Text.AsSpan(match.Index, match.Groups[1].Index - match.Index);
                if (!entities.Contains(name) || found.ContainsKey(name) || gap.Contains('\n'))
                {
                    continue;
                }

                var evidence = context.AtIndex(file, match.Index);
                if (Regex.IsMatch(context.Lines(file)[evidence.Line - 1], @"\b(?:class|record)\s+" + name + @"\b"))
                {
                    found[name] = (file, evidence);
                }
            }
        }

        return found;
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

    // The name after each class or record keyword; the lookahead leaves it unread, so "record class X" yields X too.
    [GeneratedRegex(@"\b(?:class|record)\s+(?=(\w+))")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\bDbSet<(\w+)>\s+(\w+)")]
    private static partial Regex DbSet();

    [GeneratedRegex(@"^\s*public\s+(?:virtual\s+|required\s+)*([\w.<>?\[\], ]+?)\s+(\w+)\s*\{\s*get;")]
    private static partial Regex Property();
}
