using System.Text.RegularExpressions;
using Groundplan.Lint.Grounding;
using Groundplan.Model.Lint;
using Groundplan.Model.Recon;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP208: a new file sits where the repository's conventions put such files (folder, test naming, name case).</summary>
internal sealed partial class NewFilePlacementRule : LintRule
{
    public override string Id => "GP208";

    public override LintSeverity DefaultSeverity => LintSeverity.Warning;

    public override string Name => "NewFilePlacement";

    public override string Description => "A new file goes under an existing top-level folder, follows the test file naming recon found, and the file-name case of its kind.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        var paths = context.Index.Paths;
        foreach (var group in context.References.Where(r => r.MarkedNew && r.Reading.Kind == SpanKind.Path && !paths.Exists(r.Reading.Value)).GroupBy(r => r.Reading.Value, StringComparer.Ordinal))
        {
            var path = group.Key.TrimEnd('/');
            var span = group.First().Span;
            var slash = path.IndexOf('/');
            if (slash > 0 && !paths.DirectoryExists(path[..slash]) && !PathExistsRule.IsCreated(context, path[..slash]))
            {
                yield return At(span, $"`{group.Key}` starts a new top-level folder `{path[..slash]}/`; put it under a folder the repository already uses for this kind of file.");
                continue;
            }

            var name = PathIndex.FileName(path);
            if (paths.Named(name).Count > 0 || group.Key.EndsWith('/'))
            {
                continue;
            }

            if (TestName().IsMatch(name) && TestPatterns(context) is { Count: > 0 } patterns && !patterns.Any(p => Glob(p).IsMatch(name)) && SameLanguage(patterns, name))
            {
                yield return At(span, $"`{name}` does not follow the repository's test file naming ({string.Join(", ", patterns)}); rename it to match.");
                continue;
            }

            if (CaseConvention(context, name) is { } convention && !Matches(convention, Stem(name)))
            {
                yield return At(span, $"`{name}` is not {convention}, the case the repository uses for such files; rename it accordingly.");
            }
        }
    }

    private static List<string> TestPatterns(LintContext context) =>
        context.Index.FactsAbout(ReconTopic.TestNaming).Concat(context.Index.FactsAbout(ReconTopic.Naming).Where(f => f.Name == "test files")).Select(f => f.Value.Split(' ')[0]).Where(v => v.Contains('*', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static bool SameLanguage(List<string> patterns, string name) => patterns.Any(p => Extension(p) == Extension(name));

    private static string Extension(string name) => name.LastIndexOf('.') is var dot and >= 0 ? name[dot..] : "";

    private static string Stem(string name) => name.IndexOf('.') is var dot and > 0 ? name[..dot] : name;

    private static string? CaseConvention(LintContext context, string name) =>
        Recon.Detectors.Common.FileNamingDetector.ConventionFor(context.Index.FactsAbout(ReconTopic.Naming), name);

    // A partial (_form.html.erb, _check_form.html) keeps the case of its name after the underscore that marks it.
    private static bool Matches(string convention, string stem) => MatchesCase(convention, stem.StartsWith('_') ? stem[1..] : stem);

    private static bool MatchesCase(string convention, string stem) => convention switch
    {
        "kebab-case" => Regex.IsMatch(stem, "^[a-z0-9]+(-[a-z0-9]+)*$"),
        "snake_case" => Regex.IsMatch(stem, "^[a-z0-9]+(_[a-z0-9]+)*$"),
        "PascalCase" => Regex.IsMatch(stem, "^[A-Z][A-Za-z0-9]*$"),
        _ => Regex.IsMatch(stem, "^[a-z][A-Za-z0-9]*$"),
    };

    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$");

    [GeneratedRegex(@"(\.(test|spec)\.|_test\.|_spec\.|^test_|Tests?\.cs$)")]
    private static partial Regex TestName();
}
