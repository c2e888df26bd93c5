using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Prisma: the client, schema files, one fact per model, migrations and the migration command.</summary>
internal sealed partial class PrismaDetector : NodeDetector
{
    public override string Id => "node.prisma";

    protected override IEnumerable<ReconFact> Detect(NodeProject project)
    {
        var schemas = project.Codebase.Files.Where(f => f.Path.EndsWith(".prisma", StringComparison.Ordinal) && !NodeProject.Skipped(f.Path)).ToArray();
        var client = project.Dependency("@prisma/client") ?? project.Dependency("prisma");
        return client is null && schemas.Length == 0 ? [] : Facts(project, schemas, client);
    }

    private IEnumerable<ReconFact> Facts(NodeProject project, SourceFile[] schemas, NodeDependency? client)
    {
        var context = project.Context;
        var provider = schemas.Select(s => (File: s, Line: context.FirstLine(s, l => Provider().IsMatch(l)))).FirstOrDefault(p => p.Line is not null);
        var database = provider.Line is null ? string.Empty : $" ({Provider().Match(provider.Line.Excerpt).Groups[1].Value})";
        var version = client is null ? string.Empty : " " + client.Version;
        yield return NodeFacts.Found(Id, ReconTopic.DataLayer, "prisma", $"Prisma{version}{database}", [client?.Evidence, provider.Line]);

        var modelNames = schemas.SelectMany(s => PrismaSchemaParser.ModelNames(context.Lines(s))).ToHashSet(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            var models = PrismaSchemaParser.Models(context.Lines(schema), modelNames);
            var anchor = context.FirstLine(schema, l => l.StartsWith("datasource ", StringComparison.Ordinal)) ?? context.At(schema, models.Count > 0 ? models[0].Line : 1);
            yield return NodeFacts.Found(Id, ReconTopic.SchemaFile, schema.Path, $"Prisma schema ({NodeFacts.Plural(models.Count, "model")})", [anchor]);
            foreach (var model in models)
            {
                yield return NodeFacts.Found(Id, ReconTopic.Model, model.Name, model.Describe(), [context.At(schema, model.Line)]);
            }
        }

        foreach (var group in project.Codebase.Files.Where(f => f.Path.EndsWith("/migration.sql", StringComparison.Ordinal) && !NodeProject.Skipped(f.Path))
                     .GroupBy(f => MigrationsFolder(f.Path)).Where(g => g.Key is not null))
        {
            var latest = group.OrderBy(f => f.Path, StringComparer.Ordinal).Last();
            yield return NodeFacts.Found(Id, ReconTopic.Migrations, group.Key!, $"Prisma Migrate ({NodeFacts.Plural(group.Count(), "migration")})", [context.At(latest, 1)]);
        }

        var why = provider.Line ?? client?.Evidence;
        foreach (var fact in MigrationCommands.Facts(project, Id, ["prisma migrate", "prisma db push"], "prisma", "npx prisma migrate dev --name <name>", why))
        {
            yield return fact;
        }
    }

    // ".../migrations/20250301120000_init/migration.sql" -> ".../migrations/"
    private static string? MigrationsFolder(string path)
    {
        var at = path.LastIndexOf("migrations/", StringComparison.Ordinal);
        return at < 0 ? null : path[..(at + "migrations/".Length)];
    }

    [GeneratedRegex(@"^\s*provider\s*=\s*""(\w+)""")]
    private static partial Regex Provider();
}
