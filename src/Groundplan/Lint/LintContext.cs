using Groundplan.Lint.Grounding;
using Groundplan.Lint.Markdown;
using Groundplan.Model.Recon;
using Groundplan.Model;

namespace Groundplan.Lint;

/// <summary>What a rule reads besides the plan: the codebase, what recon's detectors found in it, and lint's own indexes.</summary>
public sealed class LintContext
{
    internal LintContext(CodebaseIndex index, LintDocument document, PlanLayout layout)
    {
        Index = index;
        Document = document;
        Layout = layout;
        Outline = new PlanOutline(document, layout);
        References = ReferenceReader.Read(document, index.Paths);
        CreatedPaths = ReferenceReader.CreatedPaths(References);
    }

    /// <summary>The codebase the plan is checked against.</summary>
    public Codebase Codebase => Index.Codebase;

    /// <summary>The facts recon's detectors found (stack, commands, caches, auth, conventions), without the symbol index.</summary>
    public IReadOnlyList<ReconFact> Facts => Index.Facts;

    /// <summary>The format the plan is read as: <c>checklist</c>, <c>spec</c> or <c>blueprint</c>.</summary>
    public string Format => Layout.ToString().ToLowerInvariant();

    internal CodebaseIndex Index { get; }

    internal LintDocument Document { get; }

    internal PlanLayout Layout { get; }

    internal PlanOutline Outline { get; }

    internal IReadOnlyList<PlanReference> References { get; }

    internal IReadOnlySet<string> CreatedPaths { get; }
}
