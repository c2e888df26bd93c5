using System.Text.RegularExpressions;
using Groundplan.Model.Plans;
using Groundplan.Model.Recon;
using Groundplan.Plan.Conventions;
using static Groundplan.Plan.Writers.Phases;

namespace Groundplan.Plan.Writers;

/// <summary>The last backend task: the ranker's other top files, each with what to look at in it.</summary>
internal static partial class RelatedWriter
{
    private const int RelatedCount = 10;

    private static readonly string[] NotCode = [".sln", ".slnx", ".csproj", ".json", ".md", ".yml", ".yaml", ".toml", ".txt", ".env", ".example", ".config", ".props", ".gemspec", "Gemfile", ".cfg", ".ini"];

    public static IEnumerable<PlanTask> Task(PlanDraft draft, Layout layout)
    {
        var named = new HashSet<string>(draft.Impacted.Select(f => f.Path), StringComparer.Ordinal);
        // The ranker's top files all enter the impact map, so the plan's recall is at least the ranking's; a schema file
        // only when the feature changes the schema (editing it otherwise would need a migration the feature does not have).
        var related = draft.Input.Retrieval.RankedFiles.Take(RelatedCount)
            .Where(r => !named.Contains(r.Path) && draft.Exists(r.Path) && r.Path != layout.Backend && !IsAppliedOrLock(r.Path)
                && (draft.Feature.ChangesSchema || !IsSchema(draft, r.Path))).ToList();
        if (related.Count == 0)
        {
            yield break;
        }

        var steps = new List<PlanStep>();
        foreach (var file in related)
        {
            var symbols = file.Symbols.Take(3).Select(s => $"`{s.Name}` (line {s.StartLine})").ToList();
            var why = file.Reasons.FirstOrDefault()?.Detail ?? "ranked for the request";
            draft.Touch(file.Path, ChangeType.Edit, "related: " + why);
            steps.Add(Step(LayoutPlanner.IsTest(file.Path)
                ? $"Update the tests in `{file.Path}` that cover the behaviour the feature changes ({why})."
                : NotCode.Any(e => file.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                    ? $"Open `{file.Path}` and add the setting or dependency the feature needs, if any ({why})."
                    : symbols.Count > 0
                        ? $"Open `{file.Path}` and update {string.Join(", ", symbols)} where the feature changes their behaviour ({why})."
                        : $"Open `{file.Path}` and update it where the feature changes its behaviour ({why})."));
        }

        yield return new PlanTask { Title = "Update the related code the request touches", Files = related.Select(r => r.Path).ToList(), Steps = steps };
    }

    /// <summary>Applied migrations and lockfiles are never edited by a feature.</summary>
    private static bool IsAppliedOrLock(string path) =>
        path.Contains("migrations/", StringComparison.OrdinalIgnoreCase) || path.Contains("db/migrate/", StringComparison.Ordinal)
        || path.EndsWith(".lock", StringComparison.Ordinal) || path.EndsWith("-lock.json", StringComparison.Ordinal) || path.EndsWith("lock.yaml", StringComparison.Ordinal);

    /// <summary>A file that defines the database schema: one recon names, or a conventional schema/model-definition file.</summary>
    private static bool IsSchema(PlanDraft draft, string path) =>
        SchemaName().IsMatch(path) || draft.Recon.About(ReconTopic.SchemaFile).Any(f => f.Status == FactStatus.Found
            && (f.Name.EndsWith('/') ? path.StartsWith(f.Name, StringComparison.Ordinal) : f.Name == path));

    [GeneratedRegex(@"(^|/)(schema\.prisma|schema\.rb|structure\.sql|models\.py|schema\.ts|schema/[\w-]+\.ts)$")]
    private static partial Regex SchemaName();
}
