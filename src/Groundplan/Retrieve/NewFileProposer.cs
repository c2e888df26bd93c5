using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;

namespace Groundplan.Retrieve;

/// <summary>
/// Where the files a request adds should go, by the repository's own conventions: next to the best-ranked file
/// of each kind (a component beside components, a model beside models, a test beside tests), named in the style
/// of that sibling after the request's subject, and a migration in the migrations folder when the request touches data.
/// </summary>
internal static class NewFileProposer
{
    private const int Candidates = 25;

    public static IReadOnlyList<NewFileProposal> Propose(RankingRun run, IReadOnlyList<RankedFile> ranked, int max)
    {
        var subject = FeatureName.Words(run.Query);
        if (subject.Count == 0 || max == 0)
        {
            return [];
        }

        var proposals = new List<NewFileProposal>();
        var usedDirs = new HashSet<string>(StringComparer.Ordinal);
        var usedParts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ranked.Take(Candidates))
        {
            var part = FileRoles.Part(file.Path);
            var dir = PathKinds.Directory(file.Path);
            if (part is null || usedParts.Contains(part) || !usedDirs.Add(dir))
            {
                continue;
            }

            var name = FeatureName.LikeSibling(PathKinds.FileName(file.Path), subject, part == "test");
            var path = dir.Length == 0 ? name : dir + "/" + name;
            if (run.Codebase.Find(path) is not null || name.Length == 0)
            {
                continue;
            }

            usedParts.Add(part);
            proposals.Add(new NewFileProposal(path, part, [$"a new {part} beside {file.Path}, the best-ranked {part} for this request", $"named like its sibling {PathKinds.FileName(file.Path)}"]));
        }

        AddMigration(run, subject, proposals);
        return proposals.Take(max).ToList();
    }

    private static void AddMigration(RankingRun run, IReadOnlyList<string> subject, List<NewFileProposal> proposals)
    {
        var touchesData = run.Query.Terms.Any(t => !t.IsSynonym && t.Stem is "field" or "column" or "model" or "table" or "migration" or "database" or "schema" or "attribute");
        var migrations = run.Recon.About(ReconTopic.Migrations).FirstOrDefault();
        if (!touchesData || migrations is null)
        {
            return;
        }

        var folder = migrations.Name.TrimEnd('/');
        var sample = run.Files.Select(f => f.Path).Where(p => PathKinds.Directory(p) == folder && !p.EndsWith(".Designer.cs", StringComparison.Ordinal)).DefaultIfEmpty(string.Empty).Max(StringComparer.Ordinal)!;
        var name = FeatureName.Migration(PathKinds.FileName(sample), subject);
        proposals.Add(new NewFileProposal(folder + "/" + name, "migration", [$"migrations live in {migrations.Name} ({migrations.Value})", sample.Length == 0 ? "named by the framework's convention" : $"named like {PathKinds.FileName(sample)}; the timestamp or number is a placeholder"]));
    }
}
