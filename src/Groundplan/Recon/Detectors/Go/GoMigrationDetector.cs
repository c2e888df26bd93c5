using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.Go;

/// <summary>Where Go migrations live (golang-migrate, goose, atlas, GORM AutoMigrate) and the commands that create and apply them.</summary>
internal sealed partial class GoMigrationDetector : IDetector
{
    private sealed record Tool(string Name, string Module, Regex Create, Regex Apply, string DefaultCreate, string DefaultApply);

    private static readonly Tool[] Tools =
    [
        new("golang-migrate", "github.com/golang-migrate/migrate", MigrateCreate(), MigrateUp(),
            "migrate create -ext sql -dir {0} -seq <name>", "migrate -path {0} -database \"$DATABASE_URL\" up"),
        new("goose", "github.com/pressly/goose", GooseCreate(), GooseUp(),
            "goose -dir {0} create <name> sql", "goose -dir {0} <driver> \"$DATABASE_URL\" up"),
        new("atlas", "ariga.io/atlas", AtlasDiff(), AtlasApply(), "atlas migrate diff <name>", "atlas migrate apply"),
    ];

    public string Id => "go.migrations";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var go = GoProject.Load(context);
        if (go is null)
        {
            return [];
        }

        var facts = new List<ReconFact>();
        var autoMigrate = GoProject.Matches(context, go.CodeFiles, AutoMigrateCall()).FirstOrDefault();
        if (autoMigrate.File is not null)
        {
            facts.Add(new ReconFact(ReconTopic.Migrations, "gorm AutoMigrate", "schema migrated from the models at startup",
                FactStatus.Found, [autoMigrate.Evidence], Id));
        }

        // A main package that calls X.Migrate(ctx) applies its migrations at startup: no command to run, as
        // EF Core's Database.Migrate() in the .NET detector. Reported only when no tool gives an apply command.
        var startup = GoProject.Matches(context, go.CodeFiles.Where(f => f.Text.Contains("package main", StringComparison.Ordinal)), StartupMigrateCall()).FirstOrDefault();

        var scripts = BuildScripts.Read(context).Concat(CommandLines.Read(context)).ToArray();
        foreach (var tool in Tools)
        {
            var folder = Folder(context, tool);
            var requirement = go.Require(tool.Module);
            var create = scripts.FirstOrDefault(c => tool.Create.IsMatch(c.Command));
            var apply = scripts.FirstOrDefault(c => tool.Apply.IsMatch(c.Command));
            if (folder is null && requirement is null && create is null && apply is null)
            {
                continue;
            }

            var directory = folder?.Path[..(folder.Path.LastIndexOf('/') + 1)];
            if (folder is not null)
            {
                facts.Add(new ReconFact(ReconTopic.Migrations, directory!, tool.Name + " migrations", FactStatus.Found, [context.At(folder, 1)], Id));
            }

            var basis = folder is not null ? context.At(folder, 1) : requirement?.Evidence ?? (create ?? apply)!.Evidence;
            var dir = directory?.TrimEnd('/') ?? "<dir>";
            facts.Add(Command("create", create, string.Format(null, tool.DefaultCreate, dir), basis));
            facts.Add(Command("apply", apply, string.Format(null, tool.DefaultApply, dir), basis));
        }

        if (startup.File is not null && !facts.Any(f => f.Topic == ReconTopic.MigrationCommand && f.Name == "apply"))
        {
            facts.Add(new ReconFact(ReconTopic.MigrationCommand, "apply", $"applied at startup by {startup.Match.Groups[1].Value}.Migrate",
                FactStatus.Found, [startup.Evidence], Id));
        }

        return facts;
    }

    private ReconFact Command(string name, ScriptCommand? documented, string standard, Evidence basis) =>
        StackFacts.Command(ReconTopic.MigrationCommand, name, documented, standard, basis, Id);

    // The first migration file in path order shows where the tool's migrations live.
    private static SourceFile? Folder(ReconContext context, Tool tool) => tool.Name switch
    {
        "golang-migrate" => context.Codebase.Files.FirstOrDefault(f => f.Path.EndsWith(".up.sql", StringComparison.Ordinal)),
        "goose" => context.Codebase.Files.FirstOrDefault(f => f.Path.EndsWith(".sql", StringComparison.Ordinal)
            && f.Text.Contains("-- +goose Up", StringComparison.Ordinal)),
        _ => context.Codebase.Files.FirstOrDefault(f => f.Path == "atlas.sum" || f.Path.EndsWith("/atlas.sum", StringComparison.Ordinal)),
    };

    [GeneratedRegex(@"\.AutoMigrate\(")]
    private static partial Regex AutoMigrateCall();

    [GeneratedRegex(@"^migrate\s.*\bcreate\b")]
    private static partial Regex MigrateCreate();

    [GeneratedRegex(@"^migrate\s.*\sup\b")]
    private static partial Regex MigrateUp();

    [GeneratedRegex(@"^goose\s.*\bcreate\b")]
    private static partial Regex GooseCreate();

    [GeneratedRegex(@"^goose\s.*\sup\b")]
    private static partial Regex GooseUp();

    [GeneratedRegex(@"^atlas\s+migrate\s+diff\b")]
    private static partial Regex AtlasDiff();

    [GeneratedRegex(@"^atlas\s+migrate\s+apply\b")]
    private static partial Regex AtlasApply();

    [GeneratedRegex(@"\b(\w+)\.Migrate\(\s*(?:ctx|context\.)")]
    private static partial Regex StartupMigrateCall();
}
