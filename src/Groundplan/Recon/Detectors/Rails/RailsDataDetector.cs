using System.Text.RegularExpressions;
using Groundplan.Model.Recon;

namespace Groundplan.Recon.Detectors.Rails;

/// <summary>ActiveRecord: the adapter, db/schema.rb, one model fact per model, migrations and the migration commands.</summary>
internal sealed partial class RailsDataDetector : IDetector
{
    private static readonly string[] Adapters = ["pg", "mysql2", "trilogy", "sqlite3"];

    public string Id => "rails.data";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        if (RailsApp.Find(context) is not { } app)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var baseClass = app.Grep(app.Files("app/models/", ".rb"), ActiveRecordBase()).Select(h => h.Evidence).FirstOrDefault();
        var adapter = Adapters.Select(a => (Name: a, Evidence: app.Gem(a))).FirstOrDefault(a => a.Evidence is not null);
        if (baseClass is not null || adapter.Evidence is not null)
        {
            var value = adapter.Evidence is null ? "ActiveRecord" : $"ActiveRecord ({adapter.Name})";
            facts.Add(app.Fact(ReconTopic.DataLayer, "activerecord", value, Id, baseClass, adapter.Evidence));
        }

        var schema = context.Codebase.Find("db/schema.rb");
        var tables = schema is null ? new Dictionary<string, RailsSchema.Table>() : RailsSchema.Tables(app, schema);
        if (schema is not null && context.FirstLine(schema, l => l.Contains("ActiveRecord::Schema", StringComparison.Ordinal)) is { } define)
        {
            facts.Add(app.Fact(ReconTopic.SchemaFile, "db/schema.rb", "ActiveRecord schema", Id, define));
        }

        facts.AddRange(RailsSchema.Models(app, tables, Id));

        if (app.Grep(app.Files("db/migrate/", ".rb"), MigrationClass()).Select(h => h.Evidence).FirstOrDefault() is { } migration)
        {
            var count = app.Files("db/migrate/", ".rb").Count();
            facts.Add(app.Fact(ReconTopic.Migrations, "db/migrate/", $"ActiveRecord migrations ({count})", Id, migration));
        }

        if (facts.Count > 0)
        {
            facts.Add(Command(app, "apply", ApplyCommand(), "bin/rails db:migrate"));
            facts.Add(Command(app, "create", CreateCommand(), "bin/rails generate migration <Name>"));
        }

        return facts;
    }

    private ReconFact Command(RailsApp app, string name, Regex documented, string standard) =>
        app.Documented(documented) is { } hit
            ? app.Fact(ReconTopic.MigrationCommand, name, hit.Match.Value.Trim(), Id, hit.Evidence)
            : app.Default(ReconTopic.MigrationCommand, name, standard, Id);

    [GeneratedRegex(@"class\s+ApplicationRecord\s*<\s*ActiveRecord::Base")]
    private static partial Regex ActiveRecordBase();

    [GeneratedRegex(@"<\s*ActiveRecord::Migration")]
    private static partial Regex MigrationClass();

    // db:prepare creates the database if needed and then migrates it: bin/setup and Docker entrypoints use it.
    [GeneratedRegex(@"(?:bundle exec |bin/)?rails db:(?:migrate|prepare)\b")]
    private static partial Regex ApplyCommand();

    [GeneratedRegex(@"(?:bundle exec |bin/)?rails (?:generate|g) migration\b(?: \w+)?")]
    private static partial Regex CreateCommand();
}
