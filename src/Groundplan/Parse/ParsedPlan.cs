using Groundplan.Model.Plans;
using Groundplan.Render;

namespace Groundplan.Parse;

/// <summary>
/// A plan read from text: the model (its phases, tasks, steps and impacted files carry <c>SourceLine</c>) and the elements
/// as written, with 1-based lines, for rules that check structure, grounding and completeness.
/// </summary>
/// <remarks>Lists are in document order. For the JSON format only <see cref="Plan"/>, <see cref="Format"/> and <see cref="Lines"/> are filled.</remarks>
public sealed class ParsedPlan
{
    /// <summary>The format the text was read as.</summary>
    public required PlanFormat Format { get; init; }

    /// <summary>True when the format was recognised from the text rather than given.</summary>
    public bool FormatDetected { get; init; }

    /// <summary>The plan as data.</summary>
    public required ImplementationPlan Plan { get; init; }

    /// <summary>The file the text came from, when given.</summary>
    public string? File { get; init; }

    /// <summary>The text's lines ('\n'-split after CR/LF normalisation); <c>Lines[0]</c> is line 1.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>The title heading, or null when no heading reads as the format's title.</summary>
    public PlanTitle? Title { get; init; }

    /// <summary>An export path written in the text (<c>FILE: ./EXPORT/plan_slug.md</c>), when there is one.</summary>
    public LocatedText? ExportPath { get; init; }

    /// <summary>Every heading, in order.</summary>
    public IReadOnlyList<PlanHeading> Headings { get; init; } = [];

    /// <summary>Every inline code span outside fenced code, with the part it sits in.</summary>
    public IReadOnlyList<PlanCodeSpan> CodeSpans { get; init; } = [];

    /// <summary>Every fenced code block, the wrapper fence included.</summary>
    public IReadOnlyList<PlanFence> Fences { get; init; } = [];

    /// <summary>Every <c>ASSUMPTION:</c> and <c>[NEEDS CONFIRMATION]</c> marker outside fenced code.</summary>
    public IReadOnlyList<PlanMarker> Markers { get; init; } = [];

    /// <summary>The impacted-files table (spec), or null when there is none.</summary>
    public PlanTable? ImpactTable { get; init; }

    /// <summary>The phase headings as written (checklist, spec, blueprint).</summary>
    public IReadOnlyList<PlanPhaseHeading> PhaseHeadings { get; init; } = [];

    /// <summary>The tasks' numbering as written (checklist "1.1", spec "Step 3", blueprint "#### 1.").</summary>
    public IReadOnlyList<PlanTaskLabel> TaskLabels { get; init; } = [];

    /// <summary>The checklist's list items as written, at every depth.</summary>
    public IReadOnlyList<PlanListItem> ListItems { get; init; } = [];

    /// <summary>Non-blank lines outside the plan: before its title, after a checklist's last task, around a wrapper fence.</summary>
    public IReadOnlyList<LocatedText> OutsideLines { get; init; } = [];

    /// <summary>True when the plan sits inside a fenced block (```markdown) rather than being the document itself.</summary>
    public bool WrappedInFence { get; init; }
}
