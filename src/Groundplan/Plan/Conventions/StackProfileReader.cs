using System.Globalization;
using System.Text.RegularExpressions;
using Groundplan.Model;
using Groundplan.Model.Recon;

namespace Groundplan.Plan.Conventions;

/// <summary>Picks, from recon's facts, the ones a plan cites: one per need, the best-evidenced first.</summary>
internal static partial class StackProfileReader
{
    private static readonly string[] PreferredUnit = ["vitest", "jest", "xunit", "nunit", "mstest", "pytest", "rspec", "go test", "minitest", "mocha"];

    public static StackProfile Read(Codebase codebase, ReconReport recon)
    {
        var migrationFacts = recon.About(ReconTopic.MigrationCommand).ToList();
        var create = migrationFacts.FirstOrDefault(f => CreateWords().IsMatch(f.Name + " " + f.Value));
        var apply = migrationFacts.FirstOrDefault(f => f != create && ApplyWords().IsMatch(f.Name + " " + f.Value));
        var (commands, fromCi) = ValidationCommands(recon);
        return new StackProfile
        {
            Language = MainLanguage(recon),
            DataLayer = recon.About(ReconTopic.DataLayer).OrderBy(f => f.Name is "pgx" ? 1 : 0).FirstOrDefault(f => f.Status == FactStatus.Found),
            SchemaFile = recon.About(ReconTopic.SchemaFile).Where(f => f.Status == FactStatus.Found)
                .OrderBy(f => f.Name.EndsWith('/') || f.Name.EndsWith(".yaml", StringComparison.Ordinal) ? 1 : 0).FirstOrDefault(),
            MigrationCreate = create ?? apply,
            MigrationApply = apply ?? create,
            Migrations = recon.About(ReconTopic.Migrations).FirstOrDefault(),
            Caches = recon.About(ReconTopic.Cache).ToList(),
            CacheInvalidation = recon.About(ReconTopic.CacheInvalidation).OrderByDescending(CallSites).FirstOrDefault(),
            Authentication = recon.About(ReconTopic.Authentication).Where(f => f.Status == FactStatus.Found).OrderByDescending(f => f.Evidence.Count > 1).FirstOrDefault(),
            Authorization = recon.About(ReconTopic.Authorization).Where(f => f.Status == FactStatus.Found).OrderByDescending(CallSites).FirstOrDefault(),
            Validation = recon.About(ReconTopic.Validation).FirstOrDefault(f => f.Status == FactStatus.Found),
            Frontend = recon.About(ReconTopic.Frontend).Where(f => f.Status == FactStatus.Found).ToList(),
            UnitFramework = Framework(recon, "unit"),
            E2eFramework = Framework(recon, "e2e"),
            IntegrationFramework = Framework(recon, "integration"),
            UnitNaming = recon.About(ReconTopic.TestNaming).FirstOrDefault(f => f.Name != "e2e" && f.Evidence.Count > 0),
            E2eNaming = recon.About(ReconTopic.TestNaming).FirstOrDefault(f => f.Name == "e2e" && f.Evidence.Count > 0),
            UnitLocation = recon.About(ReconTopic.TestLocation).FirstOrDefault(f => !f.Value.StartsWith("e2e", StringComparison.Ordinal)),
            ValidationCommands = commands,
            CommandsFromCi = fromCi,
            UsesOptimisticUpdates = codebase.Files.Any(f => f.Text.Contains("useOptimistic(", StringComparison.Ordinal) || f.Text.Contains("optimisticData", StringComparison.Ordinal) || f.Text.Contains("onMutate", StringComparison.Ordinal)),
        };
    }

    /// <summary>Every recon fact about <paramref name="topic"/>, for writers that choose by the feature's words.</summary>
    public static IReadOnlyList<ReconFact> All(ReconReport recon, string topic) => recon.About(topic).Where(f => f.Status != FactStatus.Unknown).ToList();

    public static int CallSites(ReconFact fact)
    {
        var match = CallSiteCount().Match(fact.Value);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : fact.Evidence.Count;
    }

    private static string MainLanguage(ReconReport recon)
    {
        var best = recon.About(ReconTopic.Language)
            .Select(f => (f.Name, Share: Share().Match(f.Value)))
            .Where(x => x.Share.Success)
            .OrderByDescending(x => int.Parse(x.Share.Groups[1].Value, CultureInfo.InvariantCulture))
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => x.Name)
            .FirstOrDefault() ?? "";
        return best switch
        {
            "javascript" or "tsx" or "jsx" => "typescript",
            "c#" => "csharp",
            _ => best,
        };
    }

    private static ReconFact? Framework(ReconReport recon, string kind)
    {
        var facts = recon.About(ReconTopic.TestFramework).Where(f => f.Name == kind && f.Status == FactStatus.Found).ToList();
        return facts.OrderBy(f =>
        {
            var index = Array.FindIndex(PreferredUnit, p => (f.Value + " " + f.Name).StartsWith(p, StringComparison.OrdinalIgnoreCase));
            return index < 0 ? int.MaxValue : index;
        }).FirstOrDefault();
    }

    private static (IReadOnlyList<string> Commands, bool FromCi) ValidationCommands(ReconReport recon)
    {
        var ci = recon.About(ReconTopic.CiCommand).Where(f => f.Status == FactStatus.Found && !IsInstall(f.Value) && !IsReport(f.Value)).Select(f => StackProfile.Command(f)).Distinct().ToList();
        var extra = new List<string>();
        extra.AddRange(recon.About(ReconTopic.Command).Where(f => f.Name.Contains("lint", StringComparison.Ordinal) || f.Name.Contains("typecheck", StringComparison.Ordinal)).Select(f => f.Name));
        extra.AddRange(recon.About(ReconTopic.Lint).Where(f => f.Value.Contains(" --", StringComparison.Ordinal)).Select(StackProfile.Command));
        extra.AddRange(recon.About(ReconTopic.TestCommand).Where(f => f.Status != FactStatus.Unknown).Select(StackProfile.Command));
        extra.AddRange(recon.About(ReconTopic.Command).Where(f => f.Name.Contains("build", StringComparison.Ordinal)).Select(f => f.Name));
        var all = ci.Concat(extra.Where(c => !ci.Any(x => x.Contains(c, StringComparison.Ordinal)))).Distinct(StringComparer.Ordinal).ToList();
        return (all, ci.Count > 0);
    }

    // A CI step that only formats a report of an earlier step (grep ... test.log | awk ...) checks nothing itself.
    private static bool IsReport(string value) =>
        value.Split(' ', 2)[0] is "grep" or "sed" or "awk" or "cat" or "echo" or "tee" or "sort" or "cut" or "printf" or "ls";

    private static bool IsInstall(string value) =>
        value.Contains(" install", StringComparison.Ordinal) || value.StartsWith("npm ci", StringComparison.Ordinal) || value.StartsWith("pnpm i", StringComparison.Ordinal);

    [GeneratedRegex(@"create|generate|new\b|makemigrations|\bdev\b|migrations add")]
    private static partial Regex CreateWords();

    [GeneratedRegex(@"apply|deploy|run|\bup\b|update|migrate")]
    private static partial Regex ApplyWords();

    [GeneratedRegex(@"(\d+) call site")]
    private static partial Regex CallSiteCount();

    [GeneratedRegex(@"\((\d+)%\)")]
    private static partial Regex Share();
}
