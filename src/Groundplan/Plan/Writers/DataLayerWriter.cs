using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using Groundplan.Plan.Inference;
using Groundplan.Plan.Signatures;
using static Groundplan.Plan.Writers.Phases;

namespace Groundplan.Plan.Writers;

/// <summary>Phase 1: the schema change in the real schema or model files, and the repo's migration commands.</summary>
internal static class DataLayerWriter
{
    public static PlanPhase Write(PlanDraft draft, Layout layout)
    {
        var feature = draft.Feature;
        var stack = draft.Stack;
        if (!feature.ChangesSchema)
        {
            var why = feature.Operations[0] == Operation.RateLimit && stack.Caches.Count > 0
                ? $"Attempts are counted in the existing cache ({stack.Caches[0].Name}, {StackProfile.Cite(stack.Caches[0])}), not in the database."
                : $"The feature reads and writes existing {(feature.Subject is { } subject ? $"`{subject.Name}` " : "")}data; no schema change.";
            return NotNeeded(PhaseKind.DataLayer, why);
        }

        var name = feature.NewEntity?.Name ?? feature.Subject?.Name ?? "the model";
        var steps = new List<PlanStep>();
        var files = new List<string>();
        foreach (var (path, isNew, why) in layout.ModelFiles)
        {
            draft.Touch(path, isNew ? ChangeType.New : ChangeType.Edit, why);
            files.Add(path);
            var generated = isNew && path.EndsWith(".sql", StringComparison.Ordinal) && stack.MigrationCreate is { } gen
                ? $" (create it with `{StackProfile.Command(gen)}`, task 1.2)"
                : "";
            steps.Add(Step(isNew ? $"Write `{path}`{generated}: {why}." : why.StartsWith("regenerated", StringComparison.Ordinal) ? $"`{path}` is {why}." : $"Open `{path}` and {why}."));
        }

        if (layout.ModelFiles.Count == 0)
        {
            steps.Add(Assumption(draft, $"no schema or model file was found; add the `{name}` model where the data layer ({stack.DataLayer?.Name ?? "unknown"}) keeps its models."));
            draft.Ask($"Which file declares the database models that `{name}` should join?", "recon found no schema-file or model facts");
        }

        if (feature.NewEntity is not null && feature.Actor is null && feature.Fields.Any(f => f.Name == "user id"))
        {
            steps.Add(Assumption(draft, "the codebase has no user model; store the authenticated user's id (the token's subject claim) as `userId`."));
        }

        foreach (var field in feature.Fields.Where(f => f.Type != "id"))
        {
            steps.Add(Step(field.Type == "ref"
                ? $"Add `{Words.Camel(field.Name)}` referencing `{field.RefersTo}`, required, deleted with its parent (cascade)."
                : $"Add `{Words.Camel(field.Name)}` ({field.Type}{(field.Optional ? ", nullable" : "")})."));
        }

        if (feature.NewEntity is not null && feature.Fields.Count(f => f.Type == "ref") == 2)
        {
            var refs = feature.Fields.Where(f => f.Type == "ref").Select(f => $"`{Words.Camel(f.Name)}`").ToList();
            steps.Add(Step($"Add a unique constraint on ({string.Join(", ", refs)}) so each pair is stored once; it also indexes the lookups."));
        }

        var reference = feature.Targets.FirstOrDefault()?.Fact ?? draft.Recon.About(ReconTopic.Model).FirstOrDefault();
        if (reference is { Evidence.Count: > 0 })
        {
            draft.Discover($"The `{reference.Name}` model ({reference.Value}) is the pattern for the new schema", reference.Evidence[0].Path, reference.Evidence[0].Line, reference.Evidence[0].Line);
        }

        var schemaTask = new PlanTask
        {
            Title = feature.NewEntity is not null ? $"Add the `{name}` model" : $"Add {string.Join(", ", feature.Fields.Select(f => $"`{Words.Camel(f.Name)}`"))} to `{name}`",
            Files = files,
            Steps = steps,
            Signatures = SchemaSnippets.For(stack.DataLayer?.Name ?? (stack.Language == "go" ? "sql" : ""), feature) is { } snippet ? [snippet] : [],
            Responsibilities = ["Keep the change additive: new table or nullable column, so the running code keeps working before the deploy."],
            Context = reference is null ? [] : [$"Existing model `{reference.Name}` at {StackProfile.Cite(reference)}: {reference.Value}"],
        };
        return new PlanPhase
        {
            Kind = PhaseKind.DataLayer,
            Title = Title(PhaseKind.DataLayer),
            Overview = $"The database stores {Describe(feature)}; the migration applies cleanly on a fresh and an existing database.",
            Tasks = [schemaTask, MigrationTask(draft, feature)],
            // Without a command that applies migrations, the repository's tests (which build its schema) prove the phase.
            ValidationCommands = stack.MigrationApply is { } apply
                ? [StackProfile.Command(apply)]
                : stack.TestCommand,
        };
    }

    private static PlanTask MigrationTask(PlanDraft draft, Feature feature)
    {
        var stack = draft.Stack;
        var migrationName = feature.NewEntity is { } e ? "add " + Words.Plural(Words.Split(e.Name).Aggregate((a, b) => a + " " + b)) : "add " + feature.Fields[0].Name;
        var steps = new List<PlanStep>();
        var files = new List<string>();
        if (stack.MigrationCreate is { } create)
        {
            var command = Fill(StackProfile.Command(create), migrationName);
            steps.Add(create.Status == FactStatus.FrameworkDefault
                ? Assumption(draft, $"the repository documents no command to create a migration; use the framework's `{command}`.")
                : Step($"Run `{command}` to generate the migration{(stack.Migrations is { } m ? $" under `{m.Name}`" : "")} ({StackProfile.Cite(create)})."));
            if (stack.Migrations is { } migrations && draft.Exists(migrations.Evidence.FirstOrDefault()?.Path ?? ""))
            {
                steps.Add(Step($"Review the generated migration against the existing one, `{migrations.Evidence[0].Path}`: it creates only what step 1.1 declares."));
            }
        }
        else
        {
            steps.Add(Assumption(draft, "the repository shows no migration command; write the migration by hand in the migrations folder."));
            draft.Ask("Which command creates and applies database migrations in this repository?", "recon found no migration-command fact");
        }

        if (stack.MigrationApply is { } apply && apply != stack.MigrationCreate)
        {
            steps.Add(Step($"Run `{Fill(StackProfile.Command(apply), migrationName)}` to apply it ({StackProfile.Cite(apply)})."));
        }

        if (draft.Recon.About(ReconTopic.DataLayer).Any(f => f.Name == "sqlc") && draft.Recon.About(ReconTopic.Command).FirstOrDefault(f => f.Value.Contains("sqlc generate", StringComparison.Ordinal)) is { } sqlc)
        {
            var queries = draft.Recon.About(ReconTopic.DirectoryRole).FirstOrDefault(f => f.Value.Contains("sqlc query", StringComparison.Ordinal))?.Name;
            if (queries is not null && feature.NewEntity is not null)
            {
                var path = queries + Words.Snake(Words.Plural(Words.Snake(feature.NewEntity.Name))) + ".sql";
                draft.Touch(path, ChangeType.New, "sqlc queries for the new table");
                files.Add(path);
                steps.Add(Step($"Create `{path}` with the named queries the handler needs (insert, delete, list by owner)."));
            }

            steps.Add(Step($"Run `{sqlc.Name}` to regenerate the query code ({StackProfile.Cite(sqlc)})."));
        }

        return new PlanTask { Title = "Create and apply the migration", Files = files, Steps = steps };
    }

    private static string Fill(string command, string name) =>
        command.Replace("<name>", Words.Snake(name), StringComparison.Ordinal).Replace("<Name>", Words.Pascal(name), StringComparison.Ordinal)
            .Replace("$(name)", Words.Snake(name), StringComparison.Ordinal).Replace("src/migrations/Migration", "src/migrations/" + Words.Pascal(name), StringComparison.Ordinal);

    private static string Describe(Feature feature) =>
        feature.NewEntity is { } e ? $"`{e.Name}` records" : feature.Subject is { } s ? $"the new fields of `{s.Name}`" : "the new fields";
}
