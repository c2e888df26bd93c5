using System.Text.RegularExpressions;
using Groundplan.Model.Recon;
using Groundplan.Recon.Detectors.Go;
using Groundplan.Recon.Detectors.Shared;

namespace Groundplan.Recon.Detectors.DotNet;

/// <summary>The .NET data layer: EF Core (DbContexts, entity models, migrations and their commands) and Dapper.</summary>
internal sealed partial class DotNetDataDetector : IDetector
{
    public string Id => "dotnet.data";

    public IEnumerable<ReconFact> Detect(ReconContext context)
    {
        var projects = DotNetProject.LoadAll(context);
        if (projects.Count == 0)
        {
            yield break;
        }

        // The app's data layer: packages and code of test and benchmark projects (an InMemory provider for tests) are not part of it.
        var apps = projects.Where(p => p.IsApp).ToArray();
        var code = DotNetProject.HandWrittenCSharpFiles(context).Where(f => !DotNetProject.InTestOrBenchmark(projects, f.Path)).ToArray();
        if (DotNetProject.Find(apps, "Dapper") is { } dapper)
        {
            yield return new ReconFact(ReconTopic.DataLayer, "Dapper", dapper.Version, FactStatus.Found, [dapper.Evidence], Id);
        }

        var efCore = apps.SelectMany(p => p.Packages).Where(p => p.Package.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || p.Package.StartsWith("Npgsql.EntityFrameworkCore", StringComparison.Ordinal) || p.Package.StartsWith("Pomelo.EntityFrameworkCore", StringComparison.Ordinal)).ToArray();
        var contexts = GoProject.Matches(context, LineMatches.Containing(code, "DbContext"), DbContextClass()).ToArray();
        if (efCore.Length == 0 && contexts.Length == 0)
        {
            yield break;
        }

        Evidence[] basis = efCore.Length > 0 ? [efCore[0].Evidence] : [contexts[0].Evidence];
        var providers = efCore.Select(p => p.Package).Where(p => p != "Microsoft.EntityFrameworkCore" && !p.EndsWith(".Design", StringComparison.Ordinal)
            && !p.EndsWith(".Tools", StringComparison.Ordinal)).ToArray();
        yield return new ReconFact(ReconTopic.DataLayer, "EF Core", efCore.Length > 0 ? efCore[0].Version : "unknown version",
            FactStatus.Found, basis, Id);
        foreach (var provider in providers)
        {
            yield return new ReconFact(ReconTopic.DataLayer, provider, "EF Core provider", FactStatus.Found,
                [efCore.First(p => p.Package == provider).Evidence], Id);
        }

        foreach (var dbContext in contexts)
        {
            yield return new ReconFact(ReconTopic.SchemaFile, dbContext.File.Path, "DbContext " + dbContext.Match.Groups[1].Value,
                FactStatus.Found, [dbContext.Evidence], Id);
        }

        foreach (var model in EfModels.Find(context, code, Id))
        {
            yield return model;
        }

        // The folder of the first generated migration ([Migration("...")], which EF Core writes in the designer file) is
        // where EF Core writes the next ones.
        var withGenerated = DotNetProject.CSharpFiles(context).Where(f => !DotNetProject.InTestOrBenchmark(projects, f.Path));
        var migration = GoProject.Matches(context, LineMatches.Containing(withGenerated, "[Migration(\""), MigrationAttribute()).FirstOrDefault();
        if (migration.File is not null)
        {
            yield return new ReconFact(ReconTopic.Migrations, migration.File.Path[..(migration.File.Path.LastIndexOf('/') + 1)],
                "EF Core migrations", FactStatus.Found, [migration.Evidence], Id);
        }

        var scripts = BuildScripts.Read(context).Concat(CommandLines.Read(context)).ToArray();
        var standard = migration.File is not null ? migration.Evidence : contexts.Length > 0 ? contexts[0].Evidence : basis[0];
        yield return Command(scripts, "create", AddMigration(), "dotnet ef migrations add <Name>", standard);
        yield return Apply(context, code, scripts, standard);
    }

    // An app that calls Database.Migrate at startup applies its migrations itself; no command is needed then.
    private ReconFact Apply(ReconContext context, IEnumerable<Model.SourceFile> code, IReadOnlyList<ScriptCommand> scripts, Evidence standard)
    {
        var startup = GoProject.Matches(context, LineMatches.Containing(code, ".Database.Migrate"), MigrateCall()).FirstOrDefault();
        return scripts.Any(c => DatabaseUpdate().IsMatch(c.Command)) || startup.File is null
            ? Command(scripts, "apply", DatabaseUpdate(), "dotnet ef database update", standard)
            : new ReconFact(ReconTopic.MigrationCommand, "apply", "applied at startup by Database." + startup.Match.Groups[1].Value,
                FactStatus.Found, [startup.Evidence], Id);
    }

    private ReconFact Command(IReadOnlyList<ScriptCommand> scripts, string name, Regex documented, string standard, Evidence basis) =>
        StackFacts.Command(ReconTopic.MigrationCommand, name, scripts.FirstOrDefault(c => documented.IsMatch(c.Command)), standard, basis, Id);

    [GeneratedRegex(@"\bclass\s+(\w+)\s*(?:\([^)]*\))?\s*:\s*(?:Identity)?DbContext\b")]
    private static partial Regex DbContextClass();

    [GeneratedRegex(@"\.Database\.(MigrateAsync|Migrate)\(")]
    private static partial Regex MigrateCall();

    [GeneratedRegex(@"^\s*\[Migration\(""")]
    private static partial Regex MigrationAttribute();

    [GeneratedRegex(@"^dotnet\s+ef\s+migrations\s+add\b")]
    private static partial Regex AddMigration();

    [GeneratedRegex(@"^dotnet\s+ef\s+database\s+update\b")]
    private static partial Regex DatabaseUpdate();
}
