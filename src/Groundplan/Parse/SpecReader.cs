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
        var titleIndex = FindTitle();
        for (var i = 0; i < titleIndex; i++)
        {
            OutsideBlock(doc, reading, _blocks[i]);
        }

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
            ValidationCommands = Commands(SubBody(SpecHeadings.Testing, "Commands")),
            VerificationChecklist = Texts(Body(SpecHeadings.Verification)),
            Rollout = [.. Texts(SubBody(SpecHeadings.Rollout, "Rollout")), .. Texts(Body(SpecHeadings.Rollout))],
            Rollback = Texts(SubBody(SpecHeadings.Rollout, "Rollback")),
            CompletenessAudit = Texts(Body(SpecHeadings.Audit)),
            OpenQuestions = CommonSections.Questions(doc, Body(SpecHeadings.OpenQuestions)),
            CodeLanguage = string.Empty,
        };
    }

    /// <summary>The non-blank lines of a block, as text outside the plan.</summary>
    internal static void OutsideBlock(PlanDocument doc, PlanReading reading, Block block)
    {
        var first = doc.LineOf(block);
        var lines = doc.Raw(block).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                reading.Outside.Add(new LocatedText(lines[i], first + i));
            }
        }
    }

    private int FindTitle()
    {
        for (var i = 0; i < _blocks.Count; i++)
        {
            if (_blocks[i] is HeadingBlock heading && FormatDetector.SpecTitle().Match(PlanDocument.HeadingText(heading)) is { Success: true } match)
            {
                var text = PlanDocument.HeadingText(heading);
                var rest = text[match.Length..].Trim();
                var slug = TitleSlug().Match(rest);
                var name = slug.Success ? rest[..slug.Index].Trim() : rest;
                reading.Title = new PlanTitle(text, name, slug.Success ? slug.Groups["slug"].Value.Trim() : null, heading.Level, doc.LineOf(heading));
                return i;
            }
        }

        return -1;
    }

    private List<string> Texts(IEnumerable<Block> blocks) => [.. CommonSections.Items(doc, blocks).Select(i => i.Text)];

    private List<string> Commands(IEnumerable<Block> blocks) =>
        [.. CommonSections.Items(doc, blocks, CodeSpanRole.Command).Select(i => CodeSpanText.Whole(i.Text) ?? i.Text)];

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

    // "(bookmark-posts)" at the end of the title, kept as written so a malformed slug can be reported.
    [GeneratedRegex(@"\((?<slug>[^()]*)\)\s*$")]
    private static partial Regex TitleSlug();
}
