using Groundplan.Model.Recon;
using Groundplan.Plan.Inference;

namespace Groundplan.Plan.Conventions;

/// <summary>Where a model change goes: the shared schema file when models share one, else a new file beside an existing model's.</summary>
internal static class ModelPlacement
{
    public static IReadOnlyList<(string Path, bool IsNew, string Why)> Files(PlanDraft draft)
    {
        var feature = draft.Feature;
        var result = new List<(string Path, bool IsNew, string Why)>();
        if (!feature.ChangesSchema)
        {
            return result;
        }

        var models = draft.Recon.About(ReconTopic.Model).ToList();
        var reference = feature.Targets.FirstOrDefault()?.Fact ?? models.FirstOrDefault();
        if (reference is null)
        {
            if (draft.Stack.SchemaFile is { } schema && !schema.Name.EndsWith('/'))
            {
                Add(schema.Name, false, "schema: add " + What(feature));
            }

            return result;
        }

        foreach (var path in reference.Evidence.Select(e => e.Path).Distinct())
        {
            var shared = models.Any(m => m != reference && m.Evidence.Any(e => e.Path == path));
            if (shared)
            {
                Add(path, false, "declares the models: add " + What(feature));
                continue;
            }

            var name = PathRewriter.FileName(path);
            if (PathRewriter.IsSequenced(name) && path.EndsWith(".sql", StringComparison.Ordinal))
            {
                var folder = PathRewriter.Folder(path);
                var table = Words.Snake(Words.Plural(Words.Snake(feature.NewEntity?.Name ?? reference.Name)));
                var stem = feature.NewEntity is not null ? "create_" + table : "add_" + Words.Snake(feature.Fields[0].Name) + "_to_" + Words.Snake(reference.Name);
                var next = PathRewriter.NextSequence(draft.Codebase, folder);
                Add($"{folder}{next}_{stem}.up.sql", true, "migration: " + What(feature));
                if (draft.Codebase.Files.Any(f => f.Path.StartsWith(folder, StringComparison.Ordinal) && f.Path.EndsWith(".down.sql", StringComparison.Ordinal)))
                {
                    Add($"{folder}{next}_{stem}.down.sql", true, "migration rollback: drop what the up migration adds");
                }

                continue;
            }

            if (feature.NewEntity is { } entity)
            {
                var rewritten = PathRewriter.Replace(path, reference.Name, string.Join(' ', Words.Split(entity.Name)));
                if (rewritten is not null)
                {
                    Add(rewritten, true, $"the `{entity.Name}` model, beside `{path}`");
                }

                Add(path, false, $"add the inverse relation to `{entity.Name}`");
            }
            else
            {
                Add(path, false, "add " + What(feature));
            }
        }

        // A join model also hangs off the actor's model.
        if (feature.NewEntity is not null && feature.Actor?.Fact is { } actor)
        {
            foreach (var path in actor.Evidence.Select(e => e.Path).Distinct().Where(p => !models.Any(m => m != actor && m.Evidence.Any(e => e.Path == p))))
            {
                if (!PathRewriter.IsSequenced(PathRewriter.FileName(path)))
                {
                    Add(path, false, $"add the inverse relation to `{feature.NewEntity.Name}`");
                }
            }
        }

        return result;

        void Add(string path, bool isNew, string why)
        {
            if (result.All(r => r.Path != path))
            {
                result.Add((path, isNew, why));
            }
        }
    }

    private static string What(Feature feature) =>
        feature.NewEntity is { } entity
            ? $"the `{entity.Name}` model"
            : "the " + string.Join(", ", feature.Fields.Select(f => $"`{Words.Camel(f.Name)}`")) + " field";
}
