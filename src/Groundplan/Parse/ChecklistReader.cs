using Groundplan.Model.Plans;
using Groundplan.Render;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>
/// Reads the checklist format (seeds 000/001): the title heading, the description, plan-level <c>ASSUMPTION:</c> lines,
/// phase headings, bold numbered tasks with nested steps. Text before the title and prose after the last task are "outside".
/// </summary>
internal sealed partial class ChecklistReader(PlanDocument doc, PlanReading reading)
{
    private readonly List<string> _assumptions = [];
    private readonly List<PhaseBuilder> _phases = [];
    private string _summary = string.Empty;

    public ImplementationPlan Read()
    {
        var blocks = doc.Blocks;
        var titleIndex = reading.FindTitle(doc, FormatDetector.ChecklistTitle(), static (text, match) => text[match.Length..].Trim());

        var lastContent = -1;
        for (var i = titleIndex + 1; i < blocks.Count; i++)
        {
            lastContent = Take(blocks[i], i, lastContent);
        }

        TrailingOutside(blocks, lastContent);
        foreach (var phase in _phases.Where(p => p.Tasks.Count > 0 && p.NotNeeded is not null))
        {
            // Prose above a phase's tasks introduces them; only a phase left without tasks is "not needed".
            phase.Overview = phase.NotNeeded!;
            phase.NotNeeded = null;
        }

        var title = reading.Title?.Name ?? string.Empty;
        return new ImplementationPlan
        {
            Title = title,
            Slug = PlanSlug.From(title),
            Summary = _summary,
            Assumptions = _assumptions,
            Phases = [.. _phases.Select(p => p.Build())],
        };
    }

    /// <summary>Reads one block after the title; returns the index of the last block that belongs to the checklist.</summary>
    private int Take(Block block, int index, int lastContent)
    {
        switch (block)
        {
            case HeadingBlock heading when PlanParts.TryPhase(PlanDocument.HeadingText(heading), out var number, out var name):
                var kind = PhaseTitles.KindOf(name);
                reading.PhaseHeadings.Add(new PlanPhaseHeading(number, name, kind, heading.Level, doc.LineOf(heading)));
                _phases.Add(new PhaseBuilder(kind, name, doc.LineOf(heading)));
                return index;
            case ListBlock list:
                TakeList(list);
                return index;
            case ParagraphBlock paragraph when _phases.Count == 0:
                TakePreamble(paragraph);
                return index;
            case ParagraphBlock paragraph when _phases[^1].Tasks.Count == 0 && _phases[^1].NotNeeded is null:
                _phases[^1].NotNeeded = PlanParts.StripNotNeeded(doc.Flat(paragraph), out var reason) ? reason : doc.Flat(paragraph);
                return index;
            case HeadingBlock:
                return index;
            default:
                return lastContent;
        }
    }

    private void TakePreamble(ParagraphBlock paragraph)
    {
        var first = doc.LineOf(paragraph);
        var lines = doc.Raw(paragraph).Split('\n');
        var prose = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (PlanParts.StripAssumption(lines[i].Trim(), out var rest))
            {
                _assumptions.Add(rest);
                doc.MarkLine(first + i, CodeSpanRole.Prose);
            }
            else if (lines[i].Trim().Length > 0)
            {
                prose.Add(lines[i].Trim());
            }
        }

        if (_summary.Length == 0 && prose.Count > 0)
        {
            _summary = string.Join(' ', prose);
        }
    }

    private void TrailingOutside(IReadOnlyList<Block> blocks, int lastContent)
    {
        for (var i = Math.Max(lastContent + 1, 0); i < blocks.Count && lastContent >= 0; i++)
        {
            reading.AddOutside(doc, blocks[i]);
        }
    }
}
