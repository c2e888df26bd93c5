using Groundplan.Model.Recon;
using Groundplan.Model.Retrieval;
using Groundplan.Recon.Detectors.Common;

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

            var sibling = PathKinds.FileName(file.Path);
            var name = FeatureName.LikeSibling(sibling, subject, part == "test", NamingStyle.For(run, dir, sibling));
            var folder = OwnFolder(dir, sibling, name, subject);
            if (folder is not null && NameCase.Stem(sibling) == "index")
            {
                name = sibling;
            }

            var target = folder ?? dir;
            var path = target.Length == 0 ? name : target + "/" + name;
            if (run.Codebase.Find(path) is not null || name.Length == 0)
            {
                continue;
            }

            usedParts.Add(part);
            var where = folder is null ? $"a new {part} beside {file.Path}" : $"a new {part} in a folder of its own beside {dir}/, as {file.Path} has";
            proposals.Add(new NewFileProposal(path, part, [$"{where}, the best-ranked {part} for this request", $"named like its sibling {sibling}"]));
        }

        AddMigration(run, subject, proposals);
        return proposals.Take(max).ToList();
    }

    /// <summary>
    /// A unit that lives in a folder of its own name (book-reader/book-reader.component.ts, MemoEditor/index.tsx)
    /// gets a new folder beside that one, not a file inside another unit's folder. Null when the sibling is not such a unit.
    /// </summary>
    private static string? OwnFolder(string dir, string sibling, string name, IReadOnlyList<string> subject)
    {
        var slash = dir.LastIndexOf('/');
        var folder = dir[(slash + 1)..];
        var stem = NameCase.Stem(sibling);
        var created = folder.Length == 0 ? null
            : stem == folder ? NameCase.Stem(name)
            : stem == "index" && NameCase.Of(folder) == NameCase.Pascal ? FeatureName.Join(subject, 'P')
            : null;
        return created is null ? null : slash > 0 ? dir[..slash] + "/" + created : created;
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
