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

    // Words that say the request changes the schema, stemmed as the query's terms are ("table" is "tabl").
    private static readonly HashSet<string> SchemaWords =
        new[] { "field", "column", "model", "table", "migration", "database", "schema", "attribute" }.Select(Terms.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

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
            : stem == "index" && FileRoles.IsUnitFolder(dir + "/" + sibling) ? FeatureName.Join(subject, 'P')
            : null;
        return created is null ? null : slash > 0 ? dir[..slash] + "/" + created : created;
    }

    private static void AddMigration(RankingRun run, IReadOnlyList<string> subject, List<NewFileProposal> proposals)
    {
        var touchesData = run.Query.Terms.Any(t => !t.IsSynonym && SchemaWords.Contains(t.Stem));
        var migrations = run.Recon.About(ReconTopic.Migrations).FirstOrDefault();
        if (!touchesData || migrations is null)
        {
            return;
        }

        var folder = migrations.Name.TrimEnd('/');
        var inFolder = run.Files.Select(f => f.Path).Where(p => PathKinds.Directory(p) == folder && !p.EndsWith(".Designer.cs", StringComparison.Ordinal)).ToList();
        var numbered = inFolder.Where(p => char.IsAsciiDigit(PathKinds.FileName(p)[0])).ToList();
        string path, sampleName;
        if (numbered.Count == 0 && PerMigrationFolder(run, folder) is { } migration)
        {
            // Prisma keeps each migration in a folder of its own (20240510093000_init/migration.sql).
            var (name, file) = migration;
            path = $"{folder}/{FeatureName.Migration(name, subject)}/{file}";
            sampleName = $"{name}/{file}";
        }
        else
        {
            var sample = (numbered.Count > 0 ? numbered : inFolder).DefaultIfEmpty(string.Empty).Max(StringComparer.Ordinal)!;
            path = $"{folder}/{FeatureName.Migration(PathKinds.FileName(sample), subject)}";
            sampleName = PathKinds.FileName(sample);
        }

        var like = sampleName.Length == 0 ? "named by the framework's convention" : $"named like {sampleName}; the timestamp or number is a placeholder";
        proposals.Add(new NewFileProposal(path, "migration", [$"migrations live in {migrations.Name} ({migrations.Value})", like]));
    }

    /// <summary>The newest numbered migration folder under <paramref name="folder"/> and the file it holds, or null.</summary>
    private static (string Name, string File)? PerMigrationFolder(RankingRun run, string folder) =>
        run.Files.Select(f => f.Path)
            .Where(p => p.StartsWith(folder + "/", StringComparison.Ordinal) && p.Count(c => c == '/') == folder.Count(c => c == '/') + 2)
            .Select(p => p[(folder.Length + 1)..].Split('/'))
            .Where(parts => char.IsAsciiDigit(parts[0][0]))
            .Select(parts => ((string Name, string File)?)(parts[0], parts[1]))
            .MaxBy(m => m!.Value.Name, StringComparer.Ordinal);
}
