using System.Text.RegularExpressions;
using Groundplan.Model.Plans;
using Groundplan.Render;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// Reads the spec format (seed 003): <c>Plan: Name (slug)</c> and its sections, found by name at whatever level the
/// author used; sections that are missing leave their part of the model empty.
/// </summary>
internal sealed partial class SpecReader(PlanDocument doc, PlanReading reading)
{
    private readonly IReadOnlyList<Block> _blocks = doc.Blocks;

    public ImplementationPlan Read()
    {
        var titleIndex = reading.FindTitle(doc, FormatDetector.SpecTitle(), static (text, match) => NameOf(text[match.Length..]), static text => SlugOf(text));

        var sections = Section.Children(_blocks, titleIndex + 1, _blocks.Count);
        Section? Find(string name) => sections.FirstOrDefault(s => s.Key == HeadingKey.Of(name));
        IEnumerable<Block> Body(string name) => Find(name)?.Body(_blocks) ?? [];
        Section? Sub(string section, string name) => Find(section)?.Children(_blocks).FirstOrDefault(s => s.Key == HeadingKey.Of(name));
        IEnumerable<Block> SubBody(string section, string name) => Sub(section, name)?.All(_blocks) ?? [];

        var (summary, request, story) = CommonSections.Summary(doc, Body(SpecHeadings.Summary));
        var title = reading.Title?.Name ?? string.Empty;
        return new ImplementationPlan
        {
            Title = title,
            Slug = reading.Title?.Slug ?? PlanSlug.From(title),
            Summary = summary,
            Request = request,
            UserStory = story,
            Goals = Texts(Body(SpecHeadings.Goals)),
            NonGoals = Texts(Body(SpecHeadings.NonGoals)),
            Requirements = Requirements(Find(SpecHeadings.Requirements)),
            Assumptions = [.. Texts(SubBody(SpecHeadings.AssumptionsConstraints, "Assumptions"))
                .Concat(Texts(Body(SpecHeadings.AssumptionsConstraints)).Where(t => PlanParts.StripAssumption(t, out _)))
                .Select(t => PlanParts.StripAssumption(t, out var rest) ? rest : t)],
            Constraints = [.. Texts(SubBody(SpecHeadings.AssumptionsConstraints, "Constraints"))
                .Concat(Texts(Body(SpecHeadings.AssumptionsConstraints)).Where(t => !PlanParts.StripAssumption(t, out _)))],
            Snapshot = [.. CommonSections.Items(doc, Body(SpecHeadings.Snapshot), CodeSpanRole.Snapshot).Select(i => CommonSections.Snapshot(i.Text))],
            KeyDiscoveries = CommonSections.Discoveries(doc, SubBody(SpecHeadings.Snapshot, "Key Discoveries")),
            ImpactedFiles = ImpactedFiles(Find(SpecHeadings.ImpactedFiles)),
            Phases = Phases(Find(SpecHeadings.Implementation)),
            Contracts = Contracts(Find(SpecHeadings.Contracts)),
            Tests = Tests(Find(SpecHeadings.Testing)),
            ValidationCommands = [.. Commands(SubBody(SpecHeadings.Testing, "Commands")), .. LooseCommands(Body(SpecHeadings.Testing))],
            VerificationChecklist = Texts(Body(SpecHeadings.Verification)),
            Rollout = [.. Texts(SubBody(SpecHeadings.Rollout, "Rollout")), .. Texts(Body(SpecHeadings.Rollout))],
            Rollback = Texts(SubBody(SpecHeadings.Rollout, "Rollback")),
            CompletenessAudit = Texts(Body(SpecHeadings.Audit)),
            OpenQuestions = CommonSections.Questions(doc, Body(SpecHeadings.OpenQuestions)),
            CodeLanguage = string.Empty,
        };
    }

    /// <summary>"Name (slug)" gives "Name"; a title without a parenthesis is all name.</summary>
    private static string NameOf(string rest)
    {
        var slug = TitleSlug().Match(rest);
        return (slug.Success ? rest[..slug.Index] : rest).Trim();
    }

    /// <summary>The slug in the title's closing parenthesis, as written, or null.</summary>
    private static string? SlugOf(string title)
    {
        var slug = TitleSlug().Match(title);
        return slug.Success ? slug.Groups["slug"].Value.Trim() : null;
    }

    private List<string> Texts(IEnumerable<Block> blocks) => [.. CommonSections.Items(doc, blocks).Select(i => i.Text)];

    private List<string> Commands(IEnumerable<Block> blocks) =>
        [.. CommonSections.Items(doc, blocks, CodeSpanRole.Command).Select(i => CodeSpanText.Whole(i.Text) ?? i.Text)];

    /// <summary>Items of a testing plan written as a plain list ("Run `go test ./...`."): only those that are one command count.</summary>
    private List<string> LooseCommands(IEnumerable<Block> blocks)
    {
        var commands = new List<string>();
        foreach (var (text, line) in CommonSections.Items(doc, blocks))
        {
            var command = CodeSpanText.Whole(text) ?? (RunCommand().Match(text) is { Success: true } run ? CodeSpanText.Whole(run.Groups["code"].Value) : null);
            if (command is not null)
            {
                doc.MarkLine(line, CodeSpanRole.Command);
                commands.Add(command);
            }
        }

        return commands;
    }

    private List<PlanRequirement> Requirements(Section? section)
    {
        if (section is null)
        {
            return [];
        }

        var requirements = Texts(section.Body(_blocks)).Select(t => new PlanRequirement(t)).ToList();
        foreach (var sub in section.Children(_blocks))
        {
            var functional = !sub.Key.StartsWith("non", StringComparison.Ordinal);
            requirements.AddRange(Texts(sub.All(_blocks)).Select(t => new PlanRequirement(t, functional)));
        }

        return requirements;
    }

    [GeneratedRegex(@"^run\s+(?<code>`+[^`]+`+)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RunCommand();

    // "(bookmark-posts)" at the end of the title, kept as written so a malformed slug can be reported.
    [GeneratedRegex(@"\((?<slug>[^()]*)\)\s*$")]
    private static partial Regex TitleSlug();
}
