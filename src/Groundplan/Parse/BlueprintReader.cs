using Groundplan.Model.Plans;
using Groundplan.Render;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// Reads the blueprint format (seed 004's template): <c># Name Implementation Plan</c>, the analysis sections, then
/// <c>## Phase N: Name</c> sections with Overview, Changes Required groups and Validation Commands.
/// </summary>
internal sealed partial class BlueprintReader(PlanDocument doc, PlanReading reading)
{
    private readonly IReadOnlyList<Block> _blocks = doc.Blocks;
    private readonly List<PhaseBuilder> _phases = [];

    public ImplementationPlan Read()
    {
        var titleIndex = reading.FindTitle(doc, FormatDetector.BlueprintTitle(), static (text, match) => text[..(match.Index + 1)].Trim());

        var sections = Section.Children(_blocks, titleIndex + 1, _blocks.Count);
        Section? Find(string key) => sections.FirstOrDefault(s => s.Key == key);
        IEnumerable<Block> Body(string key) => Find(key)?.Body(_blocks) ?? [];

        var (summary, request, story) = CommonSections.Summary(doc, Body("overview"));
        var current = LabelledFields.Read(doc, Body("current state analysis"));
        var end = LabelledFields.Read(doc, Body("desired end state"));
        var approach = LabelledFields.Read(doc, Body("implementation approach"));
        var discoveries = Find("desired end state")?.Children(_blocks).FirstOrDefault(s => s.Key == "key discoveries")
            ?? Find("key discoveries");
        foreach (var phase in sections.Where(s => PlanParts.TryPhase(s.Text, out _, out _)))
        {
            Phase(phase);
        }

        var title = reading.Title?.Name ?? string.Empty;
        return new ImplementationPlan
        {
            Title = title,
            Slug = PlanSlug.From(title),
            Summary = summary,
            Request = request,
            UserStory = story,
            Snapshot = [.. Items(current, string.Empty, CodeSpanRole.Snapshot).Select(CommonSections.Snapshot)],
            Constraints = Items(current, "constraints"),
            Goals = Items(end, string.Empty),
            VerificationChecklist = Items(end, "how to verify"),
            KeyDiscoveries = discoveries is null ? [] : CommonSections.Discoveries(doc, discoveries.All(_blocks)),
            NonGoals = [.. CommonSections.Items(doc, Body("what were not doing")).Select(i => i.Text)],
            Requirements =
            [
                .. Items(approach, "functional requirements").Where(t => !IsAssumption(t)).Select(t => new PlanRequirement(t)),
                .. Items(approach, "non functional requirements").Where(t => !IsAssumption(t)).Select(t => new PlanRequirement(t, Functional: false)),
            ],
            Assumptions = [.. approach.SelectMany(f => f.Items).Select(i => PlanParts.StripCheckbox(i.Text))
                .Select(t => PlanParts.StripAssumption(t, out var rest) ? rest : null).OfType<string>()],
            Phases = [.. _phases.Select(p => p.Build())],
            OpenQuestions = CommonSections.Questions(doc, Find("open questions")?.All(_blocks) ?? []),
            CodeLanguage = CodeLanguage(),
        };
    }

    private List<string> Items(List<LabelledField> fields, string key, CodeSpanRole role = CodeSpanRole.Prose)
    {
        var items = new List<string>();
        foreach (var field in fields.Where(f => f.Key == key))
        {
            foreach (var (text, _, item) in field.Items)
            {
                doc.Mark(item, role);
                items.Add(PlanParts.StripCheckbox(text));
            }
        }

        return items;
    }

    private static bool IsAssumption(string text) => PlanParts.StripAssumption(text, out _);

    private string CodeLanguage()
    {
        var signatures = _phases.SelectMany(p => p.Tasks).SelectMany(t => t.Signatures.Concat(t.TestSignatures));
        return signatures.Select(s => s.Language).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
    }
}
