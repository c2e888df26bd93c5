using System.Text.RegularExpressions;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Lint;
using Groundplan.Parse;

namespace Groundplan.Lint.Rules;

/// <summary>GP109: the spec's slug is kebab-case and every export path is <c>./EXPORT/plan_&lt;slug&gt;.md</c>.</summary>
internal sealed partial class SlugRule : LintRule
{
    public override string Id => "GP109";

    public override LintSeverity DefaultSeverity => LintSeverity.Error;

    public override string Name => "SlugAndExportPath";

    public override string Description => "The spec title's slug is kebab-case and the export path is ./EXPORT/plan_<slug>.md with that slug.";

    public override IEnumerable<LintFinding> Check(ParsedPlan plan, LintContext context)
    {
        string? slug = null;
        if (context.Layout == PlanLayout.Spec && context.Document.Headings.FirstOrDefault() is { } title && title.Text.StartsWith("Plan:", StringComparison.Ordinal))
        {
            var match = TitleSlug().Match(title.Text);
            if (!match.Success)
            {
                yield return At(title.Line, $"The title \"{title.Text}\" has no slug; end it with the kebab-case feature name in parentheses, e.g. `(bookmark-posts)`.", title.Text);
            }
            else
            {
                slug = match.Groups["slug"].Value.Trim().Trim('`');
                if (!IsSlug(slug))
                {
                    yield return At(title.Line, $"The slug \"{slug}\" is not kebab-case; use lowercase letters, digits and single hyphens, e.g. \"{Suggest(slug)}\".", slug, context.Document.Line(title.Line).IndexOf(title.Text, StringComparison.Ordinal) + match.Groups["slug"].Index + 1);
                }
            }
        }

        for (var line = 1; line <= context.Document.Lines.Count; line++)
        {
            foreach (Match export in ExportPath().Matches(context.Document.Line(line)))
            {
                var name = export.Groups["name"].Value;
                if (!export.Value.StartsWith("./EXPORT/plan_", StringComparison.Ordinal) && !export.Value.StartsWith("EXPORT/plan_", StringComparison.Ordinal))
                {
                    yield return At(line, $"The export path \"{export.Value}\" must be `./EXPORT/plan_{slug ?? Suggest(name)}.md`.", export.Value, export.Index + 1);
                }
                else if (!IsSlug(name))
                {
                    yield return At(line, $"The export file name \"plan_{name}.md\" has a slug that is not kebab-case; use `./EXPORT/plan_{Suggest(name)}.md`.", export.Value, export.Index + 1);
                }
                else if (slug is not null && IsSlug(slug) && name != slug)
                {
                    yield return At(line, $"The export path \"{export.Value}\" does not match the title's slug \"{slug}\"; use `./EXPORT/plan_{slug}.md`.", export.Value, export.Index + 1);
                }
            }
        }
    }

    public static bool IsSlug(string slug) => Kebab().IsMatch(slug);

    private static string Suggest(string text)
    {
        var lowered = NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return lowered.Length == 0 ? "feature-name" : lowered;
    }

    [GeneratedRegex(@"\((?<slug>[^()]*)\)\s*$")]
    private static partial Regex TitleSlug();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Kebab();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonSlug();

    [GeneratedRegex(@"(\./)?[\w./-]*EXPORT/plan[_-](?<name>[^\s`)/]*?)\.md", RegexOptions.IgnoreCase)]
    private static partial Regex ExportPath();
}
