using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Groundplan.Parse;

/// <summary>What a format reader found besides the model: the located elements that only it can recognise.</summary>
internal sealed class PlanReading
{
    public PlanTitle? Title { get; set; }

    public PlanTable? ImpactTable { get; set; }

    public List<PlanPhaseHeading> PhaseHeadings { get; } = [];

    public List<PlanTaskLabel> TaskLabels { get; } = [];

    public List<PlanListItem> ListItems { get; } = [];

    public List<LocatedText> Outside { get; } = [];

    /// <summary>
    /// Finds the first top-level heading matching <paramref name="title"/>, keeps it as <see cref="Title"/> (the feature name
    /// from <paramref name="name"/>, the slug from <paramref name="slug"/>), and records every block before it as outside the plan.
    /// </summary>
    /// <returns>The heading's index among the top-level blocks, or -1 when there is none.</returns>
    public int FindTitle(PlanDocument doc, Regex title, Func<string, Match, string> name, Func<string, string?>? slug = null)
    {
        for (var i = 0; i < doc.Blocks.Count; i++)
        {
            if (doc.Blocks[i] is HeadingBlock heading && title.Match(PlanDocument.HeadingText(heading)) is { Success: true } match)
            {
                var text = PlanDocument.HeadingText(heading);
                var named = name(text, match);
                Title = new PlanTitle(text, named, slug?.Invoke(text), heading.Level, doc.LineOf(heading));
                for (var j = 0; j < i; j++)
                {
                    AddOutside(doc, doc.Blocks[j]);
                }

                return i;
            }
        }

        return -1;
    }

    /// <summary>Records the non-blank lines of <paramref name="block"/> as text outside the plan.</summary>
    public void AddOutside(PlanDocument doc, Block block)
    {
        var first = doc.LineOf(block);
        var lines = doc.Raw(block).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                Outside.Add(new LocatedText(lines[i], first + i));
            }
        }
    }
}
