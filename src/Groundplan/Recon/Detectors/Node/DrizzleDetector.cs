using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>Drizzle ORM: the dialect, schema files with their tables, drizzle-kit migrations and command.</summary>
internal sealed partial class DrizzleDetector : NodeDetector
{
    public override string Id => "node.drizzle";

    protected override IEnumerable<ReconFact> Detect(NodeProject project) =>
        project.Dependency("drizzle-orm") is { } orm ? Facts(project, orm) : [];

    private IEnumerable<ReconFact> Facts(NodeProject project, NodeDependency orm)
    {
        var context = project.Context;
        var config = project.Codebase.Files.FirstOrDefault(f => f.Path.Split('/')[^1].StartsWith("drizzle.config.", StringComparison.Ordinal) && !NodeProject.Skipped(f.Path));
        var dialect = config is null ? null : context.FirstLine(config, l => Dialect().IsMatch(l));
        var database = dialect is null ? string.Empty : $" ({Dialect().Match(dialect.Excerpt).Groups[1].Value})";
        yield return NodeFacts.Found(Id, ReconTopic.DataLayer, "drizzle", $"Drizzle ORM {orm.Version}{database}", [orm.Evidence, dialect]);

        foreach (var schema in project.Sources.Where(f => DrizzleSchemaParser.DefinesTables(f.Text)))
        {
            var tables = DrizzleSchemaParser.Tables(context.Lines(schema));
            yield return NodeFacts.Found(Id, ReconTopic.SchemaFile, schema.Path, $"Drizzle schema ({NodeFacts.Plural(tables.Count, "table")})", [context.At(schema, tables[0].Line)]);
            foreach (var table in tables)
            {
                yield return NodeFacts.Found(Id, ReconTopic.Model, table.Name, table.Describe(), [context.At(schema, table.Line)]);
            }
        }

        if (config is not null && Migrations(project, config) is { } migrations)
        {
            yield return migrations;
        }

        foreach (var fact in MigrationCommands.Facts(project, Id, ["drizzle-kit"], "drizzle-kit", "npx drizzle-kit generate", dialect ?? orm.Evidence))
        {
            yield return fact;
        }
    }

    // drizzle-kit writes SQL migrations to the config's "out" folder, relative to the config file.
    private ReconFact? Migrations(NodeProject project, SourceFile config)
    {
        if (project.Context.FirstLine(config, l => Out().IsMatch(l)) is not { } line)
        {
            return null;
        }

        var baseDir = config.Path.Contains('/', StringComparison.Ordinal) ? config.Path[..(config.Path.LastIndexOf('/') + 1)] : string.Empty;
        var folder = baseDir + Out().Match(line.Excerpt).Groups[1].Value.TrimStart('.', '/').TrimEnd('/') + "/";
        var count = project.FilesUnder(folder).Count(f => f.Path.EndsWith(".sql", StringComparison.Ordinal));
        return NodeFacts.Found(Id, ReconTopic.Migrations, folder, $"Drizzle Kit migrations ({NodeFacts.Plural(count, "SQL file")})", [line]);
    }

    [GeneratedRegex(@"^\s*dialect\s*:\s*['""](\w+)['""]")]
    private static partial Regex Dialect();

    [GeneratedRegex(@"^\s*out\s*:\s*['""]([^'""]+)['""]")]
    private static partial Regex Out();
}
