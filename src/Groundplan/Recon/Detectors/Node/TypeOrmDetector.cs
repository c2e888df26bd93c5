using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Node;

/// <summary>TypeORM: the data source, one fact per @Entity class, migration classes and the migration command.</summary>
internal sealed partial class TypeOrmDetector : NodeDetector
{
    public override string Id => "node.typeorm";

    protected override IEnumerable<ReconFact> Detect(NodeProject project) =>
        project.Dependency("typeorm") is { } orm ? Facts(project, orm) : [];

    private IEnumerable<ReconFact> Facts(NodeProject project, NodeDependency orm)
    {
        var context = project.Context;
        var connection = project.Matches(DatabaseType(), project.Sources, "type").FirstOrDefault();
        var database = connection.File is null ? string.Empty : $" ({connection.Match.Groups[1].Value})";
        var dataSource = project.Matches(NewDataSource(), project.Sources, "DataSource(").Select(m => project.At(m.File, m.Line)).FirstOrDefault();
        Evidence? typeLine = connection.File is null ? null : project.At(connection.File, connection.Line);
        yield return NodeFacts.Found(Id, ReconTopic.DataLayer, "typeorm", $"TypeORM {orm.Version}{database}", [orm.Evidence, dataSource, typeLine]);

        foreach (var file in project.Sources.Where(f => f.Text.Contains("@Entity(", StringComparison.Ordinal)))
        {
            foreach (var entity in TypeOrmEntityParser.Entities(context.Lines(file)))
            {
                yield return NodeFacts.Found(Id, ReconTopic.Model, entity.Name, entity.Describe(), [context.At(file, entity.Line)]);
            }
        }

        var migrations = project.Matches(Migration()).ToArray();
        foreach (var folder in migrations.GroupBy(m => m.File.Path[..(m.File.Path.LastIndexOf('/') + 1)]))
        {
            var latest = folder.OrderBy(m => m.File.Path, StringComparer.Ordinal).Last();
            yield return NodeFacts.Found(Id, ReconTopic.Migrations, folder.Key, $"TypeORM migrations ({NodeFacts.Plural(folder.Count(), "migration")})", [project.At(latest.File, latest.Line)]);
        }

        foreach (var fact in MigrationCommands.Facts(project, Id, ["migration:generate", "migration:run", "migration:create"], "typeorm", "npx typeorm migration:generate", dataSource ?? orm.Evidence))
        {
            yield return fact;
        }
    }

    [GeneratedRegex(@"^\s*type\s*:\s*['""](postgres|mysql|mariadb|sqlite|better-sqlite3|mssql|oracle|mongodb|cockroachdb)['""]")]
    private static partial Regex DatabaseType();

    [GeneratedRegex(@"\bnew\s+DataSource\(")]
    private static partial Regex NewDataSource();

    [GeneratedRegex(@"\bclass\s+\w+\s+implements\s+MigrationInterface\b")]
    private static partial Regex Migration();
}
